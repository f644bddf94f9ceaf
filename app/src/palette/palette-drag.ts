/** The drag data of a palette entry: the type, under a MIME type of Karma's own. */
export const paletteMime = "application/x-karma-component-type";
