package com.warrantyportal.catalog;

import java.util.List;
import java.util.Optional;

import com.warrantyportal.catalog.internal.ProductModelRepository;
import com.warrantyportal.catalog.internal.SerialFormatRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads manufacturers' serial formats: the ones that apply to a model, and a manufacturer's list for its page. */
@Service
@Transactional(readOnly = true)
public class SerialFormatCatalog {

	private final SerialFormatRepository formats;

	private final ProductModelRepository models;

	SerialFormatCatalog(SerialFormatRepository formats, ProductModelRepository models) {
		this.formats = formats;
		this.models = models;
	}

	/** A saved format with what its pattern decodes, or why it can no longer be used. */
	public record Listed(SerialFormat format, List<String> dateGroups, SerialPattern.Reason problem) {
	}

	/** The formats a serial of this model is checked against: the model's own, then its manufacturer's. */
	public SerialFormats serialFormatsFor(long modelId) {
		return models.findById(modelId)
			.map(model -> SerialFormats.of(formats.applyingTo(model.getManufacturerId(), modelId)))
			.orElse(SerialFormats.NONE);
	}

	/** Every format of the manufacturer, for all models and per model, in order. */
	public List<Listed> ofManufacturer(long manufacturerId) {
		return formats.ofManufacturer(manufacturerId).stream().map(format -> {
			SerialPattern.Parsed parsed = SerialPattern.parse(format.getPattern());
			return new Listed(format, parsed.ok() ? parsed.pattern().dateGroups() : List.of(), parsed.problem());
		}).toList();
	}

	public Optional<SerialFormat> find(long manufacturerId, long formatId) {
		return formats.findOfManufacturer(manufacturerId, formatId);
	}
}
