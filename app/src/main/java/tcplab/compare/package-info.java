/** Two traces of one connection set side by side: which segments they share and where they differ. No JavaFX. */
package tcplab.compare;
