package uk.gov.lga.hub.it;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import uk.gov.lga.hub.api.HubApi;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.api.scope.PersonalData;
import uk.gov.lga.hub.api.scope.SharedData;

/** Every endpoint the API module declares, read from its classes, so no endpoint escapes the test matrix. */
final class Endpoints {

    private static final Map<Class<? extends java.lang.annotation.Annotation>, String> VERBS =
            Map.of(GET.class, "GET", PUT.class, "PUT", POST.class, "POST", DELETE.class, "DELETE");

    record Endpoint(String verb, String path, Method method) {

        String key() {
            return verb + " " + path;
        }

        boolean councilScoped() {
            return method.isAnnotationPresent(CouncilScoped.class);
        }

        boolean classified() {
            return method.isAnnotationPresent(CouncilScoped.class)
                    || method.isAnnotationPresent(SharedData.class)
                    || method.isAnnotationPresent(PersonalData.class);
        }
    }

    private Endpoints() {}

    static List<Endpoint> all() throws IOException, URISyntaxException, ClassNotFoundException {
        String base = "/"
                + HubApi.class
                        .getAnnotation(jakarta.ws.rs.ApplicationPath.class)
                        .value();
        List<Endpoint> endpoints = new ArrayList<>();
        for (String className : classNamesOfTheApiModule()) {
            Class<?> type = Class.forName(className);
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                for (var verb : VERBS.entrySet()) {
                    if (method.isAnnotationPresent(verb.getKey())) {
                        Path methodPath = method.getAnnotation(Path.class);
                        String path = join(base, classPath.value(), methodPath == null ? "" : methodPath.value());
                        endpoints.add(new Endpoint(verb.getValue(), path, method));
                    }
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::key));
        return endpoints;
    }

    private static String join(String... parts) {
        return String.join(
                        "/",
                        Stream.of(parts)
                                .map(p -> p.replaceAll("^/+|/+$", ""))
                                .filter(p -> !p.isEmpty())
                                .toList())
                .replaceFirst("^", "/");
    }

    /** The classes in the hub-api jar (or its classes folder, when run from an IDE). */
    private static List<String> classNamesOfTheApiModule() throws IOException, URISyntaxException {
        java.nio.file.Path location = java.nio.file.Path.of(
                HubApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (var files = Files.walk(location)) {
                files.map(f -> location.relativize(f).toString())
                        .filter(n -> n.endsWith(".class"))
                        .forEach(n -> names.add(n.replace('/', '.').replaceAll("\\.class$", "")));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream()
                        .map(e -> e.getName())
                        .filter(n -> n.endsWith(".class"))
                        .forEach(n -> names.add(n.replace('/', '.').replaceAll("\\.class$", "")));
            }
        }
        return names.stream().filter(n -> !n.contains("$")).toList();
    }
}
