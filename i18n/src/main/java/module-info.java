/**
 * The lab's texts in English and Korean, and the one class that loads them.
 */
module tcplab.i18n {
    exports tcplab.i18n;
}
