# Tests of the WebAssembly build (build/wasm, label "wasm"): everything runs through the Node
# entry point, taipan-node.mjs. GoogleTest is not built for wasm; the unit tests are native only.
find_package(Python3 3.11 EXACT REQUIRED COMPONENTS Interpreter)
set(TAIPAN_NODE_ENTRY ${CMAKE_BINARY_DIR}/taipan-node.mjs)

add_test(NAME corpus_wasm
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/run_corpus.py --taipan ${TAIPAN_NODE_ENTRY}
                 --no-memory-limit --not-run ${CMAKE_CURRENT_SOURCE_DIR}/wasm_not_run.txt)
set_tests_properties(corpus_wasm PROPERTIES LABELS "wasm;corpus" TIMEOUT 2400)

add_test(NAME bad_input_wasm
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/bad_input/run.py --taipan ${TAIPAN_NODE_ENTRY})
set_tests_properties(bad_input_wasm PROPERTIES LABELS "wasm;badinput" TIMEOUT 900)

# The command line against CPython's (without the SIGINT cases: no signals in wasm).
add_test(NAME cli_wasm
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli/run.py --taipan ${TAIPAN_NODE_ENTRY} --no-signals)
set_tests_properties(cli_wasm PROPERTIES LABELS "wasm;cli" TIMEOUT 600)

# The browser module's API (Taipan.load, calls both ways, the js module, suspension,
# interrupts, budgets, bundles) exercised under Node.
find_program(TAIPAN_NODE node REQUIRED)
add_test(NAME web_api_wasm COMMAND ${TAIPAN_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/web/api_test.mjs ${CMAKE_BINARY_DIR})
set_tests_properties(web_api_wasm PROPERTIES LABELS "wasm" TIMEOUT 300)

# The demos and bad input in headless Chromium (Debian's chromium, playwright-core from
# tests/web/package.json: scripts/install-deps.sh installs both).
add_test(NAME browser_wasm COMMAND ${TAIPAN_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/web/browser_test.mjs ${CMAKE_BINARY_DIR})
set_tests_properties(browser_wasm PROPERTIES LABELS "wasm;browser" TIMEOUT 600)

# `npm pack build/wasm/package` gives a package that installs and runs.
add_test(NAME npm_package_wasm COMMAND ${TAIPAN_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/web/package_test.mjs ${CMAKE_BINARY_DIR})
set_tests_properties(npm_package_wasm PROPERTIES LABELS "wasm" TIMEOUT 120)
