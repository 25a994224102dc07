# Install rules and the Debian package (CPack DEB) of Huichang: tools/package.sh runs cpack on
# the normal build tree, so nothing is compiled twice. docs/packaging.md describes the layout.
#   /usr/bin/huichang, /usr/bin/huichang-cli                (stripped by CPack)
#   /usr/share/huichang/translations/huichang_<lang>.qm     (also embedded in both programs)
#   /usr/share/applications/org.huichang.Huichang.desktop   (Name=Huichang, Name[zh_CN]=回厂)
#   /usr/share/icons/hicolor/{16..256}/apps, scalable/apps  (make-icons.py draws them)
#   /usr/share/metainfo/org.huichang.Huichang.metainfo.xml  (AppStream)
#   /usr/share/man/man1/huichang.1.gz, huichang-cli.1.gz    (make-manpage.cmake)
#   /usr/share/doc/huichang/copyright, changelog.Debian.gz
#   /usr/share/lintian/overrides/huichang                   (why each override holds)
include(GNUInstallDirs)

set(HC_APP_ID org.huichang.Huichang)
set(HC_PKG_SRC ${CMAKE_CURRENT_LIST_DIR})
set(HC_PKG_OUT ${PROJECT_BINARY_DIR}/packaging)
set(HC_PACKAGE_MAINTAINER "Huichang developers <packaging@huichang.invalid>" CACHE STRING
    "Maintainer field of the .deb")
file(MAKE_DIRECTORY ${HC_PKG_OUT})

# The newest entry of packaging/linux/changelog gives the Debian revision and the release date.
file(STRINGS ${HC_PKG_SRC}/changelog HC_CHANGELOG_HEAD LIMIT_COUNT 1)
if(NOT HC_CHANGELOG_HEAD MATCHES "^huichang \\(([0-9.]+)-([0-9]+)\\)")
  message(FATAL_ERROR "packaging/linux/changelog: first line is not 'huichang (VERSION-REVISION) ...'")
endif()
set(HC_CHANGELOG_VERSION ${CMAKE_MATCH_1})
set(HC_DEBIAN_REVISION ${CMAKE_MATCH_2})
file(STRINGS ${HC_PKG_SRC}/changelog HC_CHANGELOG_TRAILER REGEX "^ -- " LIMIT_COUNT 1)
string(REGEX MATCH "([0-9]+) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9])" _ "${HC_CHANGELOG_TRAILER}")
set(_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(FIND _months "${CMAKE_MATCH_2}" _month)
math(EXPR _month "${_month} + 1")
if(_month LESS 10)
  set(_month "0${_month}")
endif()
set(_day ${CMAKE_MATCH_1})
if(_day LESS 10)
  set(_day "0${_day}")
endif()
set(HC_RELEASE_DATE "${CMAKE_MATCH_3}-${_month}-${_day}")

# Generated files: metainfo (version, date), man pages (CLI commands from --help), changelog.
set(HC_VERSION ${PROJECT_VERSION})
configure_file(${HC_PKG_SRC}/${HC_APP_ID}.metainfo.xml.in ${HC_PKG_OUT}/${HC_APP_ID}.metainfo.xml @ONLY)
add_custom_command(OUTPUT ${HC_PKG_OUT}/huichang-cli.1.gz
  COMMAND ${CMAKE_COMMAND} -DTEMPLATE=${HC_PKG_SRC}/huichang-cli.1.in
          -DOUT=${HC_PKG_OUT}/huichang-cli.1.gz -DVERSION=${PROJECT_VERSION}
          -DCLI=$<TARGET_FILE:huichang-cli> -P ${HC_PKG_SRC}/make-manpage.cmake
  DEPENDS huichang-cli ${HC_PKG_SRC}/huichang-cli.1.in ${HC_PKG_SRC}/make-manpage.cmake
  COMMENT "man page huichang-cli.1 from huichang-cli --lang en --help" VERBATIM)
add_custom_command(OUTPUT ${HC_PKG_OUT}/huichang.1.gz
  COMMAND ${CMAKE_COMMAND} -DTEMPLATE=${HC_PKG_SRC}/huichang.1.in -DOUT=${HC_PKG_OUT}/huichang.1.gz
          -DVERSION=${PROJECT_VERSION} -P ${HC_PKG_SRC}/make-manpage.cmake
  DEPENDS ${HC_PKG_SRC}/huichang.1.in ${HC_PKG_SRC}/make-manpage.cmake VERBATIM)
add_custom_command(OUTPUT ${HC_PKG_OUT}/changelog.Debian.gz
  COMMAND gzip -9nc ${HC_PKG_SRC}/changelog > ${HC_PKG_OUT}/changelog.Debian.gz
  DEPENDS ${HC_PKG_SRC}/changelog VERBATIM)
add_custom_target(hc_package_files ALL DEPENDS
  ${HC_PKG_OUT}/huichang-cli.1.gz ${HC_PKG_OUT}/huichang.1.gz ${HC_PKG_OUT}/changelog.Debian.gz)

set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
install(TARGETS huichang huichang-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_BINARY_DIR}/src/i18n/huichang_en.qm
        DESTINATION ${CMAKE_INSTALL_DATADIR}/huichang/translations)
install(FILES ${HC_PKG_SRC}/${HC_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${HC_PKG_OUT}/${HC_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${HC_PKG_SRC}/icons/huichang.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${HC_APP_ID}.svg)
foreach(size 16 22 24 32 48 64 128 256)
  install(FILES ${HC_PKG_SRC}/icons/huichang-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${HC_APP_ID}.png)
endforeach()
install(FILES ${HC_PKG_OUT}/huichang.1.gz ${HC_PKG_OUT}/huichang-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${HC_PKG_SRC}/copyright ${HC_PKG_OUT}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/huichang)
install(FILES ${HC_PKG_SRC}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME huichang)

# CPack: one binary package, dependencies from dpkg-shlibdeps plus what is loaded at run time.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME huichang)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Huichang developers")
set(CPACK_PACKAGE_CONTACT "${HC_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "CRM that keeps a car repair shop's customers coming back")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${HC_DEBIAN_REVISION})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HC_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver of QtSql, the xcb
# (and other) platform plugins, the CJK font the app asks for, Qt's own Chinese texts.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "fonts-noto-cjk, libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
# The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Huichang (回厂, back to the shop) is a desktop CRM for car repair shops.
Service advisors find a car by plate, phone or pinyin and register the visit;
callback staff work a daily follow-up list; the manager gets the monthly
customer classification, ABC analysis and loyalty x contribution matrix.
.
Data is kept in a local SQLite database with daily verified backups. The
interface is Chinese with an English translation. The package holds the
desktop application (huichang) and the command line (huichang-cli).")
include(CPack)
