/**
 * Printable handouts of a lesson: one self-contained page of polyglot HTML (it reads as XHTML
 * too) with the run's setup, its sequence diagram, every step explained, and the guided
 * questions, once without and, on a page of their own, with their answers. No JavaFX: the window
 * and the command line write the same handout.
 */
package tcplab.handout;
