package org.newsgraph.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editor UI in a real Chromium, against the real stack and the real Keycloak login form:
 * what each role of the newsroom sees and may do (the scenarios of gateway/src/main/webui/e2e).
 * The scenarios build on each other (the reporter's drafts are what the editor publishes), so
 * they run in order. Screenshots of each screen are kept in target/browser-tests/screenshots.
 */
@ExtendWith(SuiteStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorUiIT {

    /** The demo story the scenarios read, loaded as deploy/local/run.sh loads it. */
    @BeforeAll
    static void demoStory() throws Exception {
        DemoStory.loadAsDemoEditor(SuiteStack.settings());
    }

    @Test
    @Order(1)
    void theViewerReadsTheTimelineInTheirZoneAndSeesNothingToEdit() throws Exception {
        BrowserTests.run("1-viewer.spec.ts");
    }

    @Test
    @Order(2)
    void theReporterDraftsFromAnArticleAndSubmitsAndTheViewerSeesNoneOfIt() throws Exception {
        BrowserTests.run("2-reporter.spec.ts");
    }

    @Test
    @Order(3)
    void theEditorVerifiesAndPublishesAndTheViewerSeesIt() throws Exception {
        BrowserTests.run("3-editor.spec.ts");
    }

    @Test
    @Order(4)
    void twoEditorsChangeOneQuoteAndTheSecondReappliesTheirTextOnTheNewVersion() throws Exception {
        BrowserTests.run("4-conflict.spec.ts");
    }

    @Test
    @Order(5)
    void theAdminGrantsARoleAndPeopleHistoryAndAsOfWork() throws Exception {
        BrowserTests.run("5-admin.spec.ts");
    }

    @Test
    @Order(6)
    void withQuoteServiceStoppedTheStoryStillShowsItsTimeline() throws Exception {
        Stack stack = SuiteStack.stack();
        stack.stopService("quote-service");
        try {
            BrowserTests.run("6-partial.spec.ts");
        } finally {
            stack.startService("quote-service");
        }
    }

    @Test
    @Order(7)
    void twoPeopleOnOneStorySeeEachOthersChangesWithoutReloading() throws Exception {
        BrowserTests.run("7-live.spec.ts");
    }

    @Test
    @Order(8)
    void reportersAddAndEditRecordsEditorsArchiveAdminsDeleteAndAStoryIsEdited() throws Exception {
        BrowserTests.run("8-records.spec.ts");
    }
}
