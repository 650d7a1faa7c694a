// Decap starts only once lakip-cms.js has registered the file formats and picked the satker.
window.CMS_MANUAL_INIT = true;
