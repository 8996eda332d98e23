// Node build: the program sees the host's environment (TAIPAN_PYTHON, PYTHONHASHSEED, ...),
// as the native CLI does, instead of Emscripten's default one.
Module['preRun'] = Module['preRun'] || [];
Module['preRun'].push(function() { Object.assign(ENV, process.env); });
