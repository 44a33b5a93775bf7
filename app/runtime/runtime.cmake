# One desk runtime (docs/DESIGN.md): what a running desk needs, built and started from the
# workspace's settings, for the GUI's start-up and `payoutdesk-cli serve`. A library of its own
# above pd_listener and pd_merchant, which link pd_core themselves (pd_core cannot link them back).
add_library(pd_runtime STATIC
  ${CMAKE_CURRENT_LIST_DIR}/DeskRuntime.cpp ${CMAKE_CURRENT_LIST_DIR}/DeskRuntime.h
)
target_include_directories(pd_runtime PUBLIC ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(pd_runtime PUBLIC pd_core pd_merchant pd_listener Qt6::Network)
payoutdesk_strict(pd_runtime)
