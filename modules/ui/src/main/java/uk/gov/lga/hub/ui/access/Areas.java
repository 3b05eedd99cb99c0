package uk.gov.lga.hub.ui.access;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.lga.hub.application.security.Role;

/**
 * Each area of the signed-in UI is for certain roles: this table is the one place that says which. Which council's
 * records a caller may open inside an area is the services' check, not this one.
 */
public final class Areas {

    private static final Map<String, Set<String>> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("/app/admin/", Set.of(Role.LGA_ADMIN));
        ROLES.put("/app/challenges/", Set.of(Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN));
        // The peer directory holds people's contact details: LGA staff only, as its service says.
        ROLES.put("/app/peers/", Set.of(Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN));
        ROLES.put("/app/adviser/", Set.of(Role.PRINCIPAL_ADVISER, Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN));
        ROLES.put("/app/council/", Set.of(Role.COUNCIL_EDITOR, Role.COUNCIL_VIEWER));
        // The service decides whose team and which days; only the team's roles reach the page at all.
        ROLES.put("/app/workspace/", Set.of(Role.PEER, Role.PEER_CHALLENGE_MANAGER));
        ROLES.put(
                "/app/plan/",
                Set.of(
                        Role.COUNCIL_EDITOR,
                        Role.COUNCIL_VIEWER,
                        Role.PEER_CHALLENGE_MANAGER,
                        Role.PRINCIPAL_ADVISER,
                        Role.LGA_ADMIN));
    }

    private Areas() {}

    /**
     * Whether someone with these roles may use the page at this path. The path must be the one the container
     * resolved (servlet path and path info), normalised here once more: {@code /app//admin/}, {@code /app/./admin/}
     * and {@code /app/%61dmin/} are the admin area too. A path that cannot be normalised is refused.
     */
    public static boolean allows(String resolvedPath, Set<String> roles) {
        Optional<String> path = normalised(resolvedPath);
        if (path.isEmpty()) {
            return false;
        }
        return ROLES.entrySet().stream()
                .filter(area -> path.get().startsWith(area.getKey()))
                .allMatch(area -> area.getValue().stream().anyMatch(roles::contains));
    }

    static Optional<String> normalised(String path) {
        if (path == null || path.indexOf('%') >= 0 || path.indexOf('\\') >= 0 || path.indexOf(';') >= 0) {
            // The container decodes before we see the path; an escape left over is an attempt to hide a segment.
            return Optional.empty();
        }
        try {
            String collapsed = path.replaceAll("/{2,}", "/");
            String normal = URI.create(collapsed).normalize().getPath();
            return normal == null || normal.startsWith("/..") ? Optional.empty() : Optional.of(normal);
        } catch (IllegalArgumentException notAPath) {
            return Optional.empty();
        }
    }
}
