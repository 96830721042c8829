/**
 * openhtmltopdf (XHTML and CSS to PDF), Apache PDFBox (the PDF itself) and Apache Batik (inline
 * SVG), their classes unchanged, as one module. Open, because these libraries read their own
 * resource bundles and resources by class loader, which a named module allows only for open
 * packages.
 */
open module tcplab.pdf.renderer {
    requires java.desktop;
    requires java.logging;
    requires java.xml;
    requires jdk.xml.dom;
    // PDFBox releases the memory-mapped buffers it reads fonts through with sun.misc.Unsafe; it finds
    // it by reflection, so without this a linked runtime lacks the module and PDFBox logs an error.
    requires jdk.unsupported;

    // commons-logging, which PDFBox logs through, looks for a logging back end with ServiceLoader.
    uses org.apache.commons.logging.LogFactory;

    exports com.openhtmltopdf.extend;
    exports com.openhtmltopdf.outputdevice.helper;
    exports com.openhtmltopdf.pdfboxout;
    exports com.openhtmltopdf.svgsupport;
    exports com.openhtmltopdf.util;
    exports org.apache.fontbox;
    exports org.apache.fontbox.ttf;
    exports org.apache.pdfbox;
    exports org.apache.pdfbox.cos;
    exports org.apache.pdfbox.io;
    exports org.apache.pdfbox.pdmodel;
    exports org.apache.pdfbox.pdmodel.common;
    exports org.apache.pdfbox.pdmodel.font;
    exports org.apache.pdfbox.rendering;
    exports org.apache.pdfbox.text;
}
