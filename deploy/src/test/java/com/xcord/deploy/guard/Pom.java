package com.xcord.deploy.guard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** A pom.xml read as XML (not namespace-aware, so XPath uses the plain element names). */
public final class Pom {

    private final Path file;
    private final Document document;

    private Pom(Path file, Document document) {
        this.file = file;
        this.document = document;
    }

    public static Pom read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Pom(file, factory.newDocumentBuilder().parse(file.toFile()));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Every {@code <module>}, the ones of profiles included. */
    public List<String> modules() {
        return texts("//modules/module");
    }

    public String version() {
        return texts("/project/version").stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no <version> in " + file));
    }

    /**
     * Whether the pom itself runs plugin {@code artifactId} (in its build or a profile's): a declaration in
     * {@code <pluginManagement>} configures it but runs nothing, so it does not count.
     */
    public boolean declaresPlugin(String artifactId) {
        return !texts("//plugins/plugin[artifactId='" + artifactId + "'][not(ancestor::pluginManagement)]/artifactId").isEmpty();
    }

    private List<String> texts(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent().trim());
            }
            return texts;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }
}
