/** Files the app writes for the learner: whole or not at all. No JavaFX. */
package tcplab.files;
