# Included from tests/CMakeLists.txt: the main (GCC) build compiles the IPN parser's fuzz
# target with a plain main() and replays its seed corpus, so the target keeps building and
# the seeds keep passing. Fuzzing itself needs clang: tests/fuzz/CMakeLists.txt, .ci/fuzz.
add_executable(fuzz_ipn_replay ${CMAKE_CURRENT_LIST_DIR}/fuzz_ipn_parse.cpp ${CMAKE_CURRENT_LIST_DIR}/replay_main.cpp)
target_link_libraries(fuzz_ipn_replay PRIVATE pd_merchant)
payoutdesk_strict(fuzz_ipn_replay)
add_test(NAME fuzz_ipn_corpus COMMAND fuzz_ipn_replay ${CMAKE_CURRENT_LIST_DIR}/corpus)
set_tests_properties(fuzz_ipn_corpus PROPERTIES LABELS fuzz TIMEOUT 60)
