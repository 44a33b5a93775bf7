# Installing PayoutDesk (cmake --install) and packing it as a DEB (cpack -G DEB).
include(GNUInstallDirs)

set(PAYOUTDESK_APP_ID io.github.payoutdesk.PayoutDesk)
foreach(size 16 22 24 32 48 64 128 256)
  install(FILES resources/icons/hicolor/${size}x${size}/apps/${PAYOUTDESK_APP_ID}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES resources/icons/hicolor/scalable/apps/${PAYOUTDESK_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES resources/packaging/${PAYOUTDESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/packaging/${PAYOUTDESK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES README.md LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME payoutdesk)
set(CPACK_PACKAGE_VENDOR "The PayoutDesk developers")
set(CPACK_PACKAGE_CONTACT "The PayoutDesk developers <desk@payoutdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Back-office payout desk for currency-exchange services")
set(CPACK_PACKAGE_DESCRIPTION "PayoutDesk shows an exchange service's order book, takes the site's signed IPN \
notifications, and sends the payouts staff approve through provider adapters, each exactly once. \
API secrets stay in the system keychain.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # payoutdesk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/payoutdesk/payoutdesk")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see: Qt's plugins (the SQLite driver, the X11 platform) and Qt's
# own translations (without them a Russian window shows English OK, Close and Cancel buttons).
# OpenSSL (libssl3, Qt's TLS) comes through shlibdeps: the desk links libcrypto. A Secret Service
# for the keychain and the PostgreSQL driver for team mode are recommended.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc, libqt6sql6-psql")
include(CPack)
