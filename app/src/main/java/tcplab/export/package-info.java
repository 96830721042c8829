/**
 * A trace written out for use elsewhere: as CSV for spreadsheets and scripts, and its sequence
 * and state diagrams as SVG for handouts. No JavaFX: the command line and printable handouts use
 * it too.
 */
package tcplab.export;
