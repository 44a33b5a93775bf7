# Recipient validation (card Luhn, Base58Check, Bech32/Bech32m, EIP-55), included
# from providers/CMakeLists.txt. Crypto++ supplies Keccak-256 (EIP-55), which
# OpenSSL 3.0 lacks, and SHA-256 (Base58Check), so one library covers both.
pkg_check_modules(CRYPTOPP REQUIRED IMPORTED_TARGET libcrypto++)
target_sources(pd_providers PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/RecipientValidator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RecipientValidator.h
)
target_link_libraries(pd_providers PUBLIC PkgConfig::CRYPTOPP)
