package la.anuyat.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Answers API requests that no operation takes. Without it, they would fall through to
 * Vaadin's catch-all mapping and come back as an HTML page. Because this mapping takes
 * every method and content type, Spring MVC's own 405 and 415 would never happen; so it
 * tells them apart itself: an address that exists but not for this method answers 405
 * (with {@code Allow}), one that exists for this method but not this content type 415,
 * anything else 404.
 */
@RestController
@Hidden
class UnknownApiPathController {

	private final RequestMappingHandlerMapping mappings;

	UnknownApiPathController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@RequestMapping("/api/**")
	void unknown(HttpServletRequest request) throws Exception {
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		Set<HttpMethod> allowed = new LinkedHashSet<>();
		Set<MediaType> consumable = new LinkedHashSet<>();
		boolean methodMatches = false;
		for (var entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod handler = entry.getValue();
			if (handler.getBeanType() == UnknownApiPathController.class || info.getPathPatternsCondition() == null
					|| info.getPathPatternsCondition().getMatchingCondition(request) == null) {
				continue;
			}
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition()
				.getMethods();
			if (methods.isEmpty() || info.getMethodsCondition().getMatchingCondition(request) != null) {
				methodMatches = true;
				consumable.addAll(info.getConsumesCondition().getConsumableMediaTypes());
			}
			else {
				methods.forEach((method) -> allowed.add(method.asHttpMethod()));
			}
		}
		MediaType contentType = contentTypeOf(request);
		if (methodMatches && !consumable.isEmpty()
				&& (contentType == null || consumable.stream().noneMatch((type) -> type.includes(contentType)))) {
			throw new HttpMediaTypeNotSupportedException(contentType, List.copyOf(consumable),
					HttpMethod.valueOf(request.getMethod()));
		}
		if (!methodMatches && !allowed.isEmpty()) {
			throw new HttpRequestMethodNotSupportedException(request.getMethod(),
					allowed.stream().map(HttpMethod::name).toList());
		}
		throw new NotFoundException("request.notFound",
				LocalizedText.of("ບໍ່ມີທີ່ຢູ່ນີ້ໃນ API", "There is no such address in the API"));
	}

	private static MediaType contentTypeOf(HttpServletRequest request) {
		try {
			return (request.getContentType() != null) ? MediaType.parseMediaType(request.getContentType()) : null;
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

}
