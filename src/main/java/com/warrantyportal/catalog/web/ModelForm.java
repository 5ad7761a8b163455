package com.warrantyportal.catalog.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.warrantyportal.catalog.ModelDetails;
import com.warrantyportal.infrastructure.validation.PlausibleDate;
import com.warrantyportal.catalog.ModelNumber;
import com.warrantyportal.catalog.ProductModel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A model as an administrator types it. A new model also gets its first warranty terms ({@link #getTerms()}); an
 * existing one keeps its manufacturer, and its terms are versioned on its own page.
 */
public class ModelForm {

	/** Only for a new model (checked by the controller that creates it). */
	private Long manufacturerId;

	@NotBlank(message = "{model.number.required}")
	@Size(max = ModelNumber.MAX_LENGTH, message = "{model.number.size}")
	@Pattern(regexp = "^[\\p{L}\\p{N} ./_+-]*$", message = "{model.number.invalid}")
	private String modelNumber;

	@NotBlank(message = "{model.name.required}")
	@Size(max = 160, message = "{model.name.size}")
	private String name;

	@NotBlank(message = "{model.category.required}")
	@Size(max = 80, message = "{model.category.size}")
	private String category;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate
	private LocalDate releaseDate;

	/** Comma-separated component names, the ones owners choose from when filing a claim. */
	@Size(max = 1000, message = "{model.components.size}")
	@Pattern(regexp = "^[\\p{L}\\p{N} ,_-]*$", message = "{model.components.invalid}")
	private String components;

	@Size(max = 1000, message = "{model.serialLabelHint.size}")
	private String serialLabelHint;

	private long version;

	/** Only for a new model: its first warranty terms (validated by the controller that creates it). */
	private TermsForm terms = TermsForm.of(com.warrantyportal.eligibility.WarrantyTerms.DEFAULT);

	public static ModelForm of(ProductModel model) {
		ModelForm form = new ModelForm();
		form.manufacturerId = model.getManufacturerId();
		form.modelNumber = model.getModelNumber();
		form.name = model.getName();
		form.category = model.getCategory();
		form.releaseDate = model.getReleaseDate();
		form.components = String.join(", ", model.getComponents());
		form.serialLabelHint = model.getSerialLabelHint();
		form.version = model.getVersion();
		return form;
	}

	public ModelDetails toDetails() {
		return new ModelDetails(ModelNumber.of(modelNumber), name, category, releaseDate, serialLabelHint,
				componentList());
	}

	/** The components, lower case, each once, in the order typed. */
	public List<String> componentList() {
		return components == null ? List.of()
				: Arrays.stream(components.split(","))
					.map(c -> c.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
					.filter(c -> !c.isEmpty())
					.distinct()
					.toList();
	}

	public Long getManufacturerId() {
		return manufacturerId;
	}

	public void setManufacturerId(Long manufacturerId) {
		this.manufacturerId = manufacturerId;
	}

	public String getModelNumber() {
		return modelNumber;
	}

	public void setModelNumber(String modelNumber) {
		this.modelNumber = modelNumber;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public LocalDate getReleaseDate() {
		return releaseDate;
	}

	public void setReleaseDate(LocalDate releaseDate) {
		this.releaseDate = releaseDate;
	}

	public String getComponents() {
		return components;
	}

	public void setComponents(String components) {
		this.components = components;
	}

	public String getSerialLabelHint() {
		return serialLabelHint;
	}

	public void setSerialLabelHint(String serialLabelHint) {
		this.serialLabelHint = serialLabelHint;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public TermsForm getTerms() {
		return terms;
	}

	public void setTerms(TermsForm terms) {
		this.terms = terms;
	}
}
