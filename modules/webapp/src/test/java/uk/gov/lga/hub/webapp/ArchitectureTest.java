package uk.gov.lga.hub.webapp;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.national.CouncilResponseCounts;
import uk.gov.lga.hub.application.national.NationalResponseFigures;
import uk.gov.lga.hub.application.notification.ScheduledRuns;
import uk.gov.lga.hub.application.opendata.PublishedRecords;
import uk.gov.lga.hub.application.progress.ProgressFigures;
import uk.gov.lga.hub.application.revision.ChallengeRevision;
import uk.gov.lga.hub.application.revision.ReadRevisions;
import uk.gov.lga.hub.application.search.SearchIndex;
import uk.gov.lga.hub.application.search.SearchReaders;
import uk.gov.lga.hub.application.search.SearchRequest;
import uk.gov.lga.hub.application.search.SearchResults;
import uk.gov.lga.hub.application.tenancy.TeamBinding;
import uk.gov.lga.hub.application.tenancy.TenantBinding;
import uk.gov.lga.hub.domain.council.CouncilCode;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * The rules of docs/architecture.md ("Modules and what they may depend on"), checked against the compiled classes
 * of every module in the WAR, plus the dev stack and the provisioner, which are on this module's test class path.
 * A rule that no longer holds fails the build with the classes and lines that break it.
 */
class ArchitectureTest {

    private static final String DOMAIN = "uk.gov.lga.hub.domain..";
    private static final String IMPORTER = "uk.gov.lga.hub.importer..";
    private static final String APPLICATION = "uk.gov.lga.hub.application..";
    private static final String PERSISTENCE = "uk.gov.lga.hub.persistence..";
    private static final String API = "uk.gov.lga.hub.api..";
    private static final String UI = "uk.gov.lga.hub.ui..";
    private static final String WEBAPP = "uk.gov.lga.hub.webapp..";
    private static final String DEVSTACK = "uk.gov.lga.hub.devstack..";
    private static final String PROVISIONING = "uk.gov.lga.hub.provisioning..";
    private static final String BENCH = "uk.gov.lga.hub.bench..";

    /** The WAR's modules: what Payara runs. */
    private static final String[] IN_THE_WAR = {DOMAIN, IMPORTER, APPLICATION, PERSISTENCE, API, UI, WEBAPP};

    private static final JavaClasses HUB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.gov.lga.hub");

    @Test
    void theDomainUsesOnlyTheJdkJpaAnnotationsAndItself() {
        classes()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "jakarta.persistence..", DOMAIN)
                .check(HUB);
    }

    @Test
    void theDomainsPackagesAreFreeOfCycles() {
        slices().matching("uk.gov.lga.hub.domain.(*)..")
                .should()
                .beFreeOfCycles()
                .check(HUB);
    }

    @Test
    void theImporterUsesOnlyTheJdkAndItself() {
        classes()
                .that()
                .resideInAPackage(IMPORTER)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..", IMPORTER)
                .check(HUB);
    }

    @Test
    void noProductionCodeUsesApachePoi() {
        // POI is for the tests only: in the WAR, Payara would scan its ~9,300 classes at every deployment.
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..", "org.openxmlformats.schemas..")
                .check(HUB);
    }

    @Test
    void theApplicationNeverReachesTheOuterLayers() {
        noClasses()
                .that()
                .resideInAPackage(APPLICATION)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(API, UI, PERSISTENCE, WEBAPP, DEVSTACK, PROVISIONING, BENCH)
                .check(HUB);
    }

    @Test
    void theApiAndTheUiUseOnlyTheApplicationAndTheDomain() {
        noClasses()
                .that()
                .resideInAnyPackage(API, UI)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, IMPORTER, WEBAPP, DEVSTACK, PROVISIONING, BENCH)
                .check(HUB);
    }

    @Test
    void theApiAndTheUiDoNotReachEachOther() {
        noClasses()
                .that()
                .resideInAPackage(API)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(UI)
                .check(HUB);
        noClasses()
                .that()
                .resideInAPackage(UI)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(API)
                .check(HUB);
    }

    @Test
    void resourcesAndBackingBeansStayThinNoJpaNoTransactionsNoRepositories() {
        noClasses()
                .that()
                .resideInAnyPackage(API, UI)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..")
                .orShould()
                .dependOnClassesThat(resideInAnyPackage(DOMAIN).and(nameMatching(".*Repository")))
                .because("resources and backing beans call the application's services, which own transactions"
                        + " and loading")
                .check(HUB);
    }

    @Test
    void persistenceNeverReachesTheOuterLayersAndUsesOnlyTheApplicationsPorts() {
        noClasses()
                .that()
                .resideInAPackage(PERSISTENCE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(API, UI, WEBAPP, IMPORTER, PROVISIONING, BENCH)
                .check(HUB);
        noClasses()
                .that()
                .resideInAPackage(PERSISTENCE)
                .should()
                .dependOnClassesThat(resideInAnyPackage(APPLICATION)
                        .and(not(belongToAnyOf(
                                TenantBinding.class,
                                TeamBinding.class,
                                NationalResponseFigures.class,
                                CouncilResponseCounts.class,
                                ProgressFigures.class,
                                PublishedRecords.class,
                                ScheduledRuns.class,
                                ReadRevisions.class,
                                ChallengeRevision.class,
                                SearchIndex.class,
                                SearchRequest.class,
                                SearchReaders.class,
                                SearchResults.class))))
                .because("persistence implements the application's ports and uses nothing else of it")
                .check(HUB);
    }

    @Test
    void nothingInTheWarReachesKeycloaksAdminClientOrResteasy() {
        noClasses()
                .that()
                .resideInAnyPackage(IN_THE_WAR)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.keycloak..", "org.jboss.resteasy..", PROVISIONING)
                .because("RESTEasy on the WAR's class path breaks Payara's Jersey; provisioning is a process of"
                        + " its own, reached over HTTP")
                .check(HUB);
    }

    @Test
    void nothingInTheWarReachesTheDevStackOrTheBenchmarks() {
        noClasses()
                .that()
                .resideInAnyPackage(IN_THE_WAR)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(DEVSTACK, BENCH)
                .check(HUB);
    }

    /** The provisioner shares the domain's typed identifiers (one rule for a council code) and nothing else. */
    @Test
    void theProvisionerUsesNothingOfTheServiceButTheDomainsIdentifiers() {
        noClasses()
                .that()
                .resideInAPackage(PROVISIONING)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(IMPORTER, APPLICATION, PERSISTENCE, API, UI, WEBAPP)
                .check(HUB);
        noClasses()
                .that()
                .resideInAPackage(PROVISIONING)
                .should()
                .dependOnClassesThat(resideInAnyPackage(DOMAIN)
                        .and(not(belongToAnyOf(CouncilCode.class, DomainRuleViolation.class))))
                .check(HUB);
    }

    /**
     * Issue 14, point 9: every rule reads the date from the one injectable clock ({@code application.shared.Clocks}),
     * so a test can say what day it is. Only sign-in measures real time (against tokens' real expiry).
     */
    @Test
    void theDateComesFromTheOneInjectableClock() {
        noClasses()
                .that()
                .resideInAnyPackage(IN_THE_WAR)
                .and()
                .resideOutsideOfPackage("uk.gov.lga.hub.ui.signin..")
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now")
                .orShould()
                .callMethod(java.time.OffsetDateTime.class, "now")
                .check(HUB);
        noClasses()
                .that()
                .resideInAnyPackage(IN_THE_WAR)
                .and()
                .resideOutsideOfPackage("uk.gov.lga.hub.ui.signin..")
                .and(not(belongToAnyOf(uk.gov.lga.hub.application.shared.Clocks.class)))
                .should()
                .callMethod(java.time.Clock.class, "systemUTC")
                .orShould()
                .callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .check(HUB);
    }
}
