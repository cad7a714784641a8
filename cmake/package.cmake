# cpack -G DEB (in a build folder): a .deb whose Depends dpkg-shlibdeps computes from the programs.
set(CPACK_PACKAGE_NAME fapo-studio)
set(CPACK_PACKAGE_VENDOR "FAPO Studio developers")
set(CPACK_PACKAGE_CONTACT "FAPO Studio developers <dev@fapostudio.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "FAPO Studio runs multi-step LLM pipelines on a dataset, records every step's inputs and outputs, finds the step where each failure starts, and lets you approve or reject every proposed prompt rewrite with the evidence beside it. fapo is the same engine for scripts and CI.")
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see: the SQLite driver (workspaces) and
# the platform plugins (xcb for the window, offscreen for --screenshot). Qt's own translations and a
# CJK font make the German and Chinese texts whole.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-wqy-microhei")
include(CPack)
