"""The command line: `desk-app COMMAND` works headless beside the window (DOMAIN §16.4); it never imports the ui."""
