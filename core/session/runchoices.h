#pragma once

namespace fapo {

// What the person chose for a run beyond the dataset (the run dialog).
struct RunChoices {
    bool batch = false; // model calls through the providers' batch APIs (half price, within 24 h)
    int batchPollMs = 30000;
};

} // namespace fapo
