/**
 * The option model shared by the window and the command line: exit statuses, value converters that
 * read numbers with bounded effort, the {@code --drop} grammar and the one-line usage errors.
 */
package tcplab.options;
