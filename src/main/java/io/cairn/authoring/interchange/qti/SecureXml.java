package io.cairn.authoring.interchange.qti;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's XML parser and serialiser with secure processing on: no DOCTYPE (so no entities,
 * internal or external, and no entity expansion attacks), no external DTDs or schemas, no
 * XInclude. Every file of an uploaded package goes through {@link #parse}.
 */
public final class SecureXml {
  /** A file that is not well-formed XML, or that declares a DOCTYPE. */
  public static final class XmlError extends Exception {
    public XmlError(String message) {
      super(message);
    }
  }

  private static final ErrorHandler STRICT = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {
      // warnings do not stop a parse
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  private SecureXml() {}

  static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(STRICT);
      b.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entities are not accepted");
      });
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be made secure", e);
    }
  }

  public static Document newDocument() {
    return builder().newDocument();
  }

  public static Document parse(byte[] bytes) throws XmlError {
    try {
      return builder().parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("DOCTYPE")) {
        throw new XmlError("a DOCTYPE declaration is not accepted (it can carry entities that read other files)");
      }
      throw new XmlError("not well-formed XML at line " + e.getLineNumber() + ": " + m);
    } catch (SAXException e) {
      throw new XmlError("not accepted: " + e.getMessage());
    } catch (IOException e) {
      throw new XmlError("cannot be read: " + e.getMessage());
    }
  }

  public static byte[] write(Document doc) {
    try {
      TransformerFactory f = TransformerFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer t = f.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      // no indenting: the JDK's indenter adds white space inside mixed content (HTML paragraphs)
      t.setOutputProperty(OutputKeys.INDENT, "no");
      doc.setXmlStandalone(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write XML", e);
    }
  }
}
