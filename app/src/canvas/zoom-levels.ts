/** The closest a fit comes: cards at 125 % are as large as is useful. */
export const fitMaxZoom = 1.25;
/** As far as a fit goes out: a thousand components fit, drawn simply (see `farZoom`). */
export const fitMinZoom = 0.02;
/** Below this zoom cards are drawn as blocks of their type's colour, without text. */
export const farZoom = 0.35;
