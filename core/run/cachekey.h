#pragma once
#include "core/providers/modelprovider.h"

namespace fapo {
// The response-cache key: provider, endpoint, model and every request parameter and message.
// Streaming or not does not change the answer, so it is left out.
QString cacheKey(const ModelProvider& provider, const ModelRequest& request);
}
