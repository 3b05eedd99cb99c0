package uk.gov.lga.hub.it;

import jakarta.servlet.annotation.WebServlet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Every address the deployed WAR serves outside the API, read from the WAR itself: the Faces pages in any jar's
 * {@code META-INF/resources} or the WAR's root, the {@code @WebServlet} mappings of its classes, and web.xml's
 * mappings. A new page or servlet shows up here without anyone remembering to list it.
 */
final class UiRoutes {

    private static final Pattern SERVLET_MAPPING = Pattern.compile(
            "<servlet-mapping>.*?<url-pattern>([^<]+)</url-pattern>.*?</servlet-mapping>", Pattern.DOTALL);

    private UiRoutes() {}

    static List<String> all() throws IOException {
        TreeSet<String> routes = new TreeSet<>();
        try (ZipFile war = new ZipFile(Path.of(System.getProperty("hub.war")).toFile())) {
            for (ZipEntry entry : java.util.Collections.list(war.entries())) {
                String name = entry.getName();
                if (name.startsWith("WEB-INF/lib/hub-") && name.endsWith(".jar")) {
                    try (InputStream jar = war.getInputStream(entry)) {
                        readJar(jar.readAllBytes(), routes);
                    }
                } else if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class")) {
                    try (InputStream type = war.getInputStream(entry)) {
                        servletsOf(name.substring("WEB-INF/classes/".length()), type.readAllBytes(), routes);
                    }
                } else if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/")) {
                    routes.add("/" + name);
                } else if (name.equals("WEB-INF/web.xml")) {
                    Matcher pattern = SERVLET_MAPPING.matcher(new String(
                            war.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    while (pattern.find()) {
                        routes.add("mapping " + pattern.group(1).trim());
                    }
                }
            }
        }
        return new ArrayList<>(routes);
    }

    private static void readJar(byte[] jar, TreeSet<String> routes) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (name.startsWith("META-INF/resources/")
                        && name.endsWith(".xhtml")
                        && !name.startsWith("META-INF/resources/WEB-INF/")) {
                    routes.add(name.substring("META-INF/resources".length()));
                } else if (name.endsWith(".class")) {
                    servletsOf(name, in.readAllBytes(), routes);
                }
            }
        }
    }

    /** The annotation's name as a class file spells it: only classes that carry it need loading. */
    private static final byte[] WEB_SERVLET =
            "Ljakarta/servlet/annotation/WebServlet;".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static void servletsOf(String classFile, byte[] bytes, TreeSet<String> routes) {
        if (!contains(bytes, WEB_SERVLET)) {
            return;
        }
        String className =
                classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
        try {
            WebServlet servlet = Class.forName(className, false, UiRoutes.class.getClassLoader())
                    .getAnnotation(WebServlet.class);
            if (servlet != null) {
                for (String pattern : servlet.urlPatterns().length > 0 ? servlet.urlPatterns() : servlet.value()) {
                    routes.add("servlet " + pattern);
                }
            }
        } catch (ClassNotFoundException | LinkageError notOnTestPath) {
            throw new IllegalStateException(
                    "The WAR holds the servlet " + className + ", which the tests cannot load", notOnTestPath);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
