"""Everything that knows a URL: every path (``alamat``), the generated pages, the portal, the DIP,
directives in Markdown, the open-data export, the LKj web page, printing every PDF of a site."""
