#pragma once
// How the window looks: theme and font size from the settings, and a dark palette for platforms (and
// offscreen renders) without a dark system theme.
#include "core/session/appsettings.h"
#include <QPalette>

namespace fapo {

// Applies theme and font size to the application.
void applyAppearance(const AppSettings& settings);
QPalette darkPalette();
void applyDarkPalette();

} // namespace fapo
