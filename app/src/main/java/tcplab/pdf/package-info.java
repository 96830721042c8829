/**
 * Handouts as PDF: the handout page ({@link tcplab.handout.Handout}) laid out on A4 by
 * openhtmltopdf, with the bundled fonts embedded. No JavaFX. The only package that uses the PDF
 * renderer, so nothing of it is loaded until a PDF is made.
 */
package tcplab.pdf;
