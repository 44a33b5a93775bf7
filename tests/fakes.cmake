# The providers' fakes (tests/fakes): each provider's API on 127.0.0.1, written from its
# documentation, behind one interface that the engine's fault suite runs over.
add_library(pd_fakes STATIC
  fakes/ProviderFake.h
  fakes/ProviderFakes.cpp fakes/ProviderFakes.h
  fakes/SandboxFake.cpp fakes/SandboxFake.h
  fakes/FakeServer.cpp fakes/FakeServer.h
  fakes/WhiteBitFake.cpp fakes/WhiteBitFake.h
  fakes/CryptomusFake.cpp fakes/CryptomusFake.h
  fakes/BinanceFake.cpp fakes/BinanceFake.h
)
target_include_directories(pd_fakes PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/fakes)
target_link_libraries(pd_fakes PUBLIC pd_sandbox_server pd_providers Qt6::HttpServer Qt6::Network)
payoutdesk_strict(pd_fakes)
