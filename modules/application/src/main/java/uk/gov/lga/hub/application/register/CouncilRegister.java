package uk.gov.lga.hub.application.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.PersistenceFailures;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilRepository;
import uk.gov.lga.hub.domain.council.register.CouncilRegisterChange;
import uk.gov.lga.hub.domain.council.register.PlannedChange;
import uk.gov.lga.hub.domain.council.register.RegisterChangeKind;
import uk.gov.lga.hub.domain.council.register.RegisterColumns;
import uk.gov.lga.hub.domain.council.register.RegisterFile;
import uk.gov.lga.hub.domain.council.register.RegisterLoad;
import uk.gov.lga.hub.domain.council.register.RegisterLoads;
import uk.gov.lga.hub.domain.council.register.RegisterPlan;

/**
 * The register of English principal councils, loaded by an LGA administrator from the official file: a preview of
 * what it would change (saved, with the file), then a confirmation that applies exactly that, in one transaction,
 * with one entry in the register's trail per change. Nothing is ever deleted; loading the same file again changes
 * nothing. Councils added here get their identity provider group on first use (see CouncilOnboarding).
 */
@ApplicationScoped
@Transactional
public class CouncilRegister {

    private static final Logger LOG = Logger.getLogger(CouncilRegister.class.getName());

    @Inject
    CouncilRepository councils;

    @Inject
    RegisterLoads loads;

    @Inject
    RegisterUpload upload;

    @Inject
    Clock clock;

    /** Reads the file with the columns asked for (or guessed) and saves it as a preview; changes no council. */
    public RegisterView preview(Caller caller, String fileName, byte[] content, RegisterColumns asked) {
        requireAdmin(caller);
        String text = upload.text(content);
        RegisterFile file = RegisterFile.read(text, asked);
        List<Council> all = councils.findAll();
        RegisterPlan plan = RegisterPlan.of(all, file.rows(), today());
        RegisterLoad load = new RegisterLoad(
                fileName,
                text,
                file.columns(),
                RegisterPlan.fingerprint(all),
                file.rows().size(),
                plan.changes().size(),
                caller.username(),
                clock.instant());
        loads.add(load);
        return view(
                load, file, plan.changes().stream().map(RegisterView.Change::of).toList(), plan.unchanged(), true);
    }

    /**
     * Applies the preview, all of it or none: refused (409) if it was confirmed already or the councils changed
     * since it was made.
     */
    public RegisterView confirm(Caller caller, long loadId) {
        requireAdmin(caller);
        loads.waitForOtherConfirmations();
        RegisterLoad load = find(loadId);
        RegisterFile file = RegisterFile.read(load.sourceText(), load.columns());
        List<Council> all = councils.findAll();
        LocalDate today = today();
        Instant now = clock.instant();
        load.confirm(RegisterPlan.fingerprint(all), caller.username(), now);
        RegisterPlan plan = RegisterPlan.of(all, file.rows(), today);
        Map<String, Council> byCode = all.stream().collect(Collectors.toMap(Council::code, Function.identity()));
        for (PlannedChange change : plan.changes()) {
            Council before = byCode.get(change.code());
            Council after = RegisterPlan.apply(change, before, today);
            if (before == null) {
                councils.add(after);
                byCode.put(after.code(), after);
            }
            loads.record(new CouncilRegisterChange(load.id(), change, caller.username(), now));
        }
        try {
            loads.flush();
        } catch (RuntimeException failure) {
            throw PersistenceFailures.translated(failure);
        }
        LOG.info(() -> caller.username() + " loaded register " + loadId + ": "
                + plan.changes().size() + " changes");
        return view(
                load, file, plan.changes().stream().map(RegisterView.Change::of).toList(), plan.unchanged(), true);
    }

    /** A load: before confirming, what it would change now; after, what it changed (from the register's trail). */
    public RegisterView load(Caller caller, long loadId) {
        requireAdmin(caller);
        RegisterLoad load = find(loadId);
        RegisterFile file = RegisterFile.read(load.sourceText(), load.columns());
        List<Council> all = councils.findAll();
        if (load.status() == RegisterLoad.Status.CONFIRMED) {
            Map<String, String> names = all.stream().collect(Collectors.toMap(Council::code, Council::name));
            List<RegisterView.Change> made = loads.changesOf(loadId).stream()
                    .map(c -> RegisterView.Change.of(c, names.get(c.code())))
                    .toList();
            return view(
                    load,
                    file,
                    made,
                    file.rows().size()
                            - (int) made.stream()
                                    .filter(c -> c.kind() != RegisterChangeKind.MISSING_FROM_REGISTER)
                                    .map(RegisterView.Change::code)
                                    .distinct()
                                    .count(),
                    true);
        }
        RegisterPlan plan = RegisterPlan.of(all, file.rows(), today());
        return view(
                load,
                file,
                plan.changes().stream().map(RegisterView.Change::of).toList(),
                plan.unchanged(),
                RegisterPlan.fingerprint(all).equals(load.councilsFingerprintAtPreview()));
    }

    /** A load as the caller sees it: what the file and the saved load say, with the changes given. */
    private static RegisterView view(
            RegisterLoad load, RegisterFile file, List<RegisterView.Change> changes, int unchanged, boolean upToDate) {
        return RegisterView.of(
                load, load.guessedFields(), file.headings(), file.outsideEngland(), changes, unchanged, upToDate);
    }

    /** The headings of a register file, to choose its columns from. Reads nothing else and saves nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> headingsOf(byte[] content) {
        return RegisterFile.headingsOf(upload.text(content));
    }

    private RegisterLoad find(long loadId) {
        return loads.find(loadId).orElseThrow(() -> new NotFound("There is no register load " + loadId + "."));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.hasRole(Role.LGA_ADMIN)) {
            throw new AccessDenied("Only an LGA administrator loads the register of councils.");
        }
    }
}
