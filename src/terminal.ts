// What the commands print goes to a terminal: file names, dates and keys come from content, and a
// control character in them ("\x1b[2J" in a date) could clear the screen or forge a line. Every
// control character but a line break or a tab is shown escaped, as are the Unicode marks that
// reverse the order text is shown in.

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character shown as an escape: "\x1b", "\u202e". */
export function printable(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
