package la.anuyat.api;

import io.swagger.v3.oas.annotations.Hidden;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers unknown API addresses with a 404 problem. Without it, they would fall through
 * to Vaadin's catch-all mapping and come back as an HTML page.
 */
@RestController
@Hidden
class UnknownApiPathController {

	@RequestMapping("/api/**")
	void unknown() {
		throw new NotFoundException("request.notFound",
				LocalizedText.of("ບໍ່ມີທີ່ຢູ່ນີ້ໃນ API", "There is no such address in the API"));
	}

}
