package la.anuyat;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The processes module has no application of its own (the ui module has); process tests
 * start this one with the real domain services, the engine and an in-memory database.
 */
@SpringBootApplication
public class ProcessesTestApplication {

}
