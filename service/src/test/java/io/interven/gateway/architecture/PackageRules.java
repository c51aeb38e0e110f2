package io.interven.gateway.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The direction of dependencies between the service's packages, as rules. Read top to bottom, a package may use
 * the ones below it and never one above:
 *
 * <pre>
 * (root: the application)          the list of areas
 * wiring                            one class per area: what it builds and registers
 * cli, resources, evaluation        what a user or an operator reaches
 * api                               request and answer shapes of the HTTP API
 * scan                              one scan end to end: pipeline, approval step, trace
 * approval, trace                   what a scan leaves behind
 * core                              the decision pipeline (detect, recognize, weigh, decide, sanitize)
 * core.fields, core.normalize       the text slots of a call and how they are decoded
 * policy, tenancy, plugin           policies, tenants and keys, loaded plugins
 * request, auth, db, errors, config, logging, server   plumbing
 * </pre>
 */
final class PackageRules {
    static final String SERVICE = "io.interven.gateway";

    private PackageRules() {
    }

    /** No two packages import each other, directly or through others (sub-packages count as packages). */
    static ArchRule noPackageCycles(String rootPackage) {
        return slices().matching(parentOf(rootPackage) + ".(**)").should().beFreeOfCycles()
                .because("a package that imports a package that imports it back cannot be read, tested or moved"
                        + " on its own");
    }

    /** The decision pipeline knows nothing of what a scan leaves behind or of the HTTP layer above it. */
    static ArchRule pipelineStaysBelowItsUsers() {
        return noClasses().that().resideInAPackage(SERVICE + ".core..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE + ".scan..", SERVICE + ".approval..",
                        SERVICE + ".trace..", SERVICE + ".api..", SERVICE + ".resources..", SERVICE + ".cli..")
                .because("the pipeline decides; storing approvals and traces is the scan service's job");
    }

    /** Traces keep their own records: an answer's shape can change without touching stored data. */
    static ArchRule tracesDoNotStoreAnswerShapes() {
        return noClasses().that().resideInAPackage(SERVICE + ".trace..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE + ".api..", SERVICE + ".resources..",
                        SERVICE + ".scan..")
                .because("stored traces outlive the answer shapes of the API");
    }

    /** Policies are evaluated on facts; how requests are read or answered is not their concern. */
    static ArchRule policiesDoNotKnowTheHttpLayer() {
        return noClasses().that().resideInAPackage(SERVICE + ".policy..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE + ".api..", SERVICE + ".resources..",
                        SERVICE + ".core..", SERVICE + ".scan..", SERVICE + ".trace..", SERVICE + ".approval..")
                .because("the policy engine sits below the pipeline that feeds it");
    }

    /** The application class lists areas; each area is wired in {@code wiring/}, so adding one adds one line. */
    static ArchRule applicationOnlyListsAreas() {
        return noClasses().that().resideInAPackage(SERVICE)
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE + ".core..", SERVICE + ".scan..",
                        SERVICE + ".approval..", SERVICE + ".trace..", SERVICE + ".policy..",
                        SERVICE + ".resources..", SERVICE + ".tenancy..", SERVICE + ".plugin..", SERVICE + ".db..",
                        SERVICE + ".auth..", SERVICE + ".errors..", SERVICE + ".server..")
                .because("GatewayApplication.run reads as the list of the gateway's areas");
    }

    private static String parentOf(String rootPackage) {
        return rootPackage.substring(0, rootPackage.lastIndexOf('.'));
    }
}
