/**
 * What the screen open now says about saving ("All changes saved on this device"). It is shown
 * in the bar at the bottom of the window, beside the cards, so that it never covers the page;
 * a screen that autosaves sets it and clears it when it closes.
 */
export const saveStatus = $state({ text: '', error: false });
