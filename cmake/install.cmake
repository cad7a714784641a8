# cmake --install: where Debian expects each file (GNUInstallDirs; prefix /usr in the .deb).
install(TARGETS fapo fapo-studio RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Data the programs read at run time (core/datafiles.cpp finds it beside the programs): the price
# table and the translation catalogues, which lrelease writes into core's build folder.
install(FILES ${CMAKE_SOURCE_DIR}/resources/prices.json DESTINATION ${FAPO_INSTALL_DATADIR})
install(FILES ${CMAKE_BINARY_DIR}/core/fapo_de.qm ${CMAKE_BINARY_DIR}/core/fapo_zh_CN.qm ${CMAKE_BINARY_DIR}/core/fapo_en.qm
    DESTINATION ${FAPO_INSTALL_DATADIR}/translations)

# Desktop integration: launcher, AppStream metadata, icons (scalable and rendered PNGs).
set(FAPO_APP_ID org.fapostudio.FapoStudio)
install(FILES ${CMAKE_SOURCE_DIR}/resources/${FAPO_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${CMAKE_SOURCE_DIR}/resources/${FAPO_APP_ID}.metainfo.xml.in ${CMAKE_BINARY_DIR}/${FAPO_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/${FAPO_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/fapo-studio.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(DIRECTORY ${FAPO_ICON_DIR}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
