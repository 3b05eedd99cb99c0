package uk.gov.lga.hub.application.fakes;

import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.application.tenancy.TenantBinding;
import uk.gov.lga.hub.domain.actionplan.ActionPlan;
import uk.gov.lga.hub.domain.actionplan.PositionStatement;
import uk.gov.lga.hub.domain.audit.AuditEvent;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PublicationRules;
import uk.gov.lga.hub.domain.committee.CommitteeMeeting;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.evidence.Evidence;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.response.SelfAssessment;
import uk.gov.lga.hub.domain.shared.Identified;

/**
 * The whole service below the application layer, in memory: one store behind every repository port, a tenant
 * binding whose council-owned repositories see only the bound council's rows (and refuse to be read unbound, as
 * nothing but {@code CouncilDataScope} may open council data), units of work that roll back what they changed
 * when they fail, and the JPA bookkeeping (ids, versions, the tenant's council code) the real database does.
 * {@link #service} builds a real service class and injects its {@code @Inject} fields as CDI would.
 */
public final class InMemoryHub {

    /** "Now" for every test: 20 May 2024, 10:00 UTC. */
    public static final Instant NOW = Instant.parse("2024-05-20T10:00:00Z");

    final List<Council> councils = new ArrayList<>();
    final List<PeerChallenge> challenges = new ArrayList<>();
    final List<CouncilResponse> responses = new ArrayList<>();
    final List<SelfAssessment> selfAssessments = new ArrayList<>();
    final List<ActionPlan> plans = new ArrayList<>();
    final List<PositionStatement> statements = new ArrayList<>();
    final List<CommitteeMeeting> meetings = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();
    final Map<Evidence, byte[]> contents = new IdentityHashMap<>();
    final List<AuditEvent> auditEvents = new ArrayList<>();

    private final Set<Object> forcedVersions = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Object, List<Object>> written = new IdentityHashMap<>();
    private long nextId = 1000;
    private String boundCouncil;

    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final InMemoryThemeRepository themes = new InMemoryThemeRepository(this);
    public final RecordingDataScope scope;
    public final RecordingIdentityProvisioning identity = new RecordingIdentityProvisioning();
    public final FixedProgressFigures progressFigures = new FixedProgressFigures();
    public final FixedNationalResponseFigures nationalFigures = new FixedNationalResponseFigures();
    public final InMemoryCalendarSubscriptionRepository calendarSubscriptions =
            new InMemoryCalendarSubscriptionRepository();
    private final List<Object> ports = new ArrayList<>();
    private final Map<Class<?>, Object> beans = new IdentityHashMap<>();

    public InMemoryHub() {
        TenantBinding binding = code -> boundCouncil = code;
        scope = new RecordingDataScope(this);
        ports.addAll(List.of(
                clock,
                PublicationRules.LGA_CURRENT,
                binding,
                scope,
                themes,
                identity,
                progressFigures,
                nationalFigures,
                new InMemoryCouncilRepository(this),
                new InMemoryPeerChallengeRepository(this),
                new InMemoryPeerRepository(this),
                new InMemoryKeyRecommendationRepository(this),
                new InMemoryCouncilResponseRepository(this),
                new InMemorySelfAssessmentRepository(this),
                new InMemoryPlanActionRepository(this),
                new InMemoryActionPlanRepository(this),
                new InMemoryCommitteeMeetingRepository(this),
                new InMemoryEvidenceRepository(this),
                new InMemoryPublicationRepository(this),
                new InMemoryAuditTrail(this),
                calendarSubscriptions));
        inject(scope);
    }

    /** A real service (or any application bean), its {@code @Inject} fields filled with these fakes. */
    public <T> T service(Class<T> type) {
        Object existing = beans.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T bean = constructor.newInstance();
            beans.put(type, bean);
            inject(bean);
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }

    /** Registers a fake of one more port (before the services that need it are built). */
    public void provide(Object port) {
        ports.add(0, port);
    }

    private void inject(Object bean) {
        for (Field f : EntityGraph.fields(bean.getClass())) {
            if (!f.isAnnotationPresent(Inject.class)) {
                continue;
            }
            try {
                ConfigProperty config = f.getAnnotation(ConfigProperty.class);
                f.set(bean, config != null ? configured(f.getType(), config.defaultValue()) : resolve(f.getType()));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Object resolve(Class<?> type) {
        return ports.stream().filter(type::isInstance).findFirst().orElseGet(() -> {
            if (type.isInterface() || !type.getPackageName().startsWith("uk.gov.lga.hub.application")) {
                throw new IllegalStateException("No in-memory fake of " + type.getName());
            }
            return service(type);
        });
    }

    private static Object configured(Class<?> type, String value) {
        if (type == long.class) {
            return Long.parseLong(value);
        }
        if (type == int.class) {
            return Integer.parseInt(value);
        }
        return value;
    }

    // ---- tenancy -------------------------------------------------------------------------------------------

    /** The council the current unit of work is bound to; reading council data without one is a bug. */
    String boundCouncil() {
        if (boundCouncil == null) {
            throw new IllegalStateException("Council data touched outside CouncilDataScope (no tenant bound)");
        }
        return boundCouncil;
    }

    Optional<String> binding() {
        return Optional.ofNullable(boundCouncil);
    }

    void rebind(String councilCode) {
        boundCouncil = councilCode;
    }

    /** Whether a council-owned row belongs to the bound council (as row-level security would filter it). */
    boolean visible(Object councilOwned) {
        return boundCouncil().equals(EntityGraph.get(councilOwned, "councilCode"));
    }

    /** Sets up data as the service itself would, bound to the council, in a unit of work of its own. */
    public <T> T asCouncil(String councilCode, Supplier<T> work) {
        return scope.unrecorded(Tenant.startUp(councilCode, "test-setup"), work);
    }

    // ---- JPA bookkeeping -----------------------------------------------------------------------------------

    /** What persist does: ids from the sequence, and the bound council's code in council-owned rows. */
    void persist(Object entity) {
        for (Object o : EntityGraph.reachable(List.of(entity))) {
            identify(o);
        }
    }

    private void identify(Object o) {
        if (o instanceof Identified identified && identified.id() == null) {
            EntityGraph.set(o, "id", nextId++);
            if (EntityGraph.has(o, "councilCode") && EntityGraph.get(o, "councilCode") == null) {
                EntityGraph.set(o, "councilCode", boundCouncil());
            }
        }
    }

    void forceVersionIncrement(Object entity) {
        forcedVersions.add(entity);
    }

    /** Writes what changed: new rows get ids and version 1, changed rows (or forced ones) the next version. */
    public void flush() {
        for (Object o : EntityGraph.reachable(roots())) {
            identify(o);
            if (!EntityGraph.isVersioned(o)) {
                continue;
            }
            List<Object> now = EntityGraph.fingerprint(o);
            List<Object> before = written.get(o);
            if (before == null && EntityGraph.version(o) == 0) {
                EntityGraph.setVersion(o, 1);
            } else if (before != null && (!before.equals(now) || forcedVersions.contains(o))) {
                EntityGraph.setVersion(o, EntityGraph.version(o) + 1);
            }
            written.put(o, now);
        }
        forcedVersions.clear();
    }

    private List<Object> roots() {
        return Stream.of(
                        councils,
                        challenges,
                        responses,
                        selfAssessments,
                        plans,
                        statements,
                        meetings,
                        evidence,
                        auditEvents)
                .flatMap(List::stream)
                .map(Object.class::cast)
                .toList();
    }

    /** Everything as it stands, to be put back if the unit of work fails. */
    UnitOfWork begin() {
        Map<List<?>, List<?>> lists = new IdentityHashMap<>();
        Stream.of(councils, challenges, responses, selfAssessments, plans, statements, meetings, evidence, auditEvents)
                .forEach(l -> lists.put(l, new ArrayList<>(l)));
        return new UnitOfWork(
                lists,
                new IdentityHashMap<>(contents),
                EntityGraph.capture(EntityGraph.reachable(roots())),
                new IdentityHashMap<>(written));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void rollback(UnitOfWork work) {
        work.lists().forEach((list, was) -> {
            ((List) list).clear();
            ((List) list).addAll(was);
        });
        contents.clear();
        contents.putAll(work.contents());
        EntityGraph.restore(work.fields());
        written.clear();
        written.putAll(work.written());
        forcedVersions.clear();
    }

    record UnitOfWork(
            Map<List<?>, List<?>> lists,
            Map<Evidence, byte[]> contents,
            Map<Object, Map<Field, EntityGraph.Saved>> fields,
            Map<Object, List<Object>> written) {}

    // ---- what tests look at --------------------------------------------------------------------------------

    /** Every audit entry written, oldest first, whichever council's trail it is in. */
    public List<AuditEvent> audit() {
        return List.copyOf(auditEvents);
    }

    /** Forces a record's version, as if colleagues had saved it that many times. */
    public void setVersion(Object entity, long version) {
        EntityGraph.setVersion(entity, version);
        written.put(entity, EntityGraph.fingerprint(entity));
    }

    public List<Council> councils() {
        return List.copyOf(councils);
    }

    public List<PeerChallenge> challenges() {
        return List.copyOf(challenges);
    }

    public List<CouncilResponse> responses() {
        return List.copyOf(responses);
    }

    public List<ActionPlan> plans() {
        return List.copyOf(plans);
    }

    public List<PositionStatement> statements() {
        return List.copyOf(statements);
    }

    public List<CommitteeMeeting> meetings() {
        return List.copyOf(meetings);
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }
}
