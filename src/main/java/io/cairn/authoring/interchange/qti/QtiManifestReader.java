package io.cairn.authoring.interchange.qti;

import io.cairn.authoring.interchange.ImportProblem;
import io.cairn.authoring.interchange.ImportProblem.Severity;
import io.cairn.content.model.EvidenceLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Finds the test and items of a package from imsmanifest.xml (or, without one, from the files'
 * root elements), with the competences and evidence level of each item from its LOM metadata.
 */
final class QtiManifestReader {
  static final String MANIFEST = "imsmanifest.xml";

  /** What the manifest says about one item. */
  record ItemMeta(List<String> competences, EvidenceLevel level) {
    static final ItemMeta NONE = new ItemMeta(List.of(), null);
  }

  /** @param items hrefs of items, in manifest order, with their metadata */
  record Contents(String testHref, Map<String, ItemMeta> items) {}

  private QtiManifestReader() {}

  static Contents read(Map<String, byte[]> files, List<ImportProblem> problems) {
    byte[] manifest = files.get(MANIFEST);
    if (manifest == null) {
      problems.add(ImportProblem.inFile(Severity.WARNING, "package", null, null,
          "no imsmanifest.xml: every QTI 3.0 item and test file in the package is read"));
      return byRoot(files, problems);
    }
    Document doc;
    try {
      doc = SecureXml.parse(manifest);
    } catch (SecureXml.XmlError e) {
      problems.add(ImportProblem.inFile(Severity.ERROR, MANIFEST, null, null, e.getMessage()));
      return new Contents(null, Map.of());
    }
    String test = null;
    Map<String, ItemMeta> items = new LinkedHashMap<>();
    for (Element r : Qti.descendants(doc.getDocumentElement(), "resource")) {
      String type = r.getAttribute("type");
      String href = r.getAttribute("href").isEmpty() ? null : QtiZip.resolve(MANIFEST, r.getAttribute("href"));
      if (href == null) {
        continue;
      }
      if (type.startsWith(Qti.ITEM_TYPE)) {
        items.put(href, meta(r));
      } else if (type.startsWith(Qti.TEST_TYPE)) {
        if (test == null) {
          test = href;
        } else {
          problems.add(ImportProblem.inFile(Severity.WARNING, MANIFEST, "resource", null,
              "a second test (" + href + ") is not read: one package makes one quiz"));
        }
      } else if (type.startsWith("imsqti_")) {
        problems.add(ImportProblem.inFile(Severity.ERROR, MANIFEST, "resource", null, "the resource " + href
            + " is of type " + type + "; Cairn reads QTI 3.0 items and tests (" + Qti.ITEM_TYPE + ", " + Qti.TEST_TYPE + ")"));
      }
    }
    return new Contents(test, items);
  }

  private static ItemMeta meta(Element resource) {
    List<String> competences = new ArrayList<>();
    EvidenceLevel level = null;
    for (Element c : Qti.descendants(resource, "classification")) {
      String purpose = text(c, "purpose");
      for (Element path : Qti.descendants(c, "taxonPath")) {
        String source = text(path, "source");
        List<String> ids = Qti.descendants(path, "id").stream().map(e -> e.getTextContent().strip())
            .filter(s -> !s.isEmpty()).toList();
        if (QtiManifest.COMPETENCES.equals(source) || "competency".equalsIgnoreCase(purpose)) {
          competences.addAll(ids);
        } else if (QtiManifest.EVIDENCE.equals(source) && !ids.isEmpty()) {
          level = EvidenceLevel.fromCode(ids.get(0)).filter(EvidenceLevel::fromQuiz).orElse(null);
        }
      }
    }
    return new ItemMeta(competences.stream().distinct().toList(), level);
  }

  private static String text(Element parent, String localName) {
    List<Element> found = Qti.descendants(parent, localName);
    return found.isEmpty() ? null : found.get(0).getTextContent().strip();
  }

  private static Contents byRoot(Map<String, byte[]> files, List<ImportProblem> problems) {
    String test = null;
    Map<String, ItemMeta> items = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (!f.getKey().toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
        continue;
      }
      try {
        String root = SecureXml.parse(f.getValue()).getDocumentElement().getLocalName();
        if ("qti-assessment-item".equals(root)) {
          items.put(f.getKey(), ItemMeta.NONE);
        } else if ("qti-assessment-test".equals(root) && test == null) {
          test = f.getKey();
        }
      } catch (SecureXml.XmlError e) {
        problems.add(ImportProblem.inFile(Severity.ERROR, f.getKey(), null, null, e.getMessage()));
      }
    }
    return new Contents(test, items);
  }
}
