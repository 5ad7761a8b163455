package com.warrantyportal.recall.web;

import java.time.LocalDate;

import com.warrantyportal.infrastructure.validation.PlausibleDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new recall campaign as an administrator describes it. */
public class RecallForm {

	@NotBlank(message = "{recall.title.required}")
	@Size(max = 160, message = "{recall.title.required}")
	private String title;

	@NotEmpty(message = "{recall.models.required}")
	private List<Long> modelIds = new ArrayList<>();

	@Size(max = 64, message = "{recall.component.tooLong}")
	private String component = "*";

	@NotBlank(message = "{recall.remedy.required}")
	@Size(max = 1000, message = "{recall.remedy.required}")
	private String remedy;

	@Size(max = 64, message = "{product.serial.tooLong}")
	private String serialFrom;

	@Size(max = 64, message = "{product.serial.tooLong}")
	private String serialTo;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate
	private LocalDate manufacturedFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate
	private LocalDate manufacturedTo;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public List<Long> getModelIds() {
		return modelIds;
	}

	/** An empty value (a hand-made form) is not a model, so it is left out. */
	public void setModelIds(List<Long> modelIds) {
		this.modelIds = modelIds == null ? new ArrayList<>()
				: modelIds.stream().filter(Objects::nonNull).collect(Collectors.toCollection(ArrayList::new));
	}

	public String getComponent() {
		return component;
	}

	public void setComponent(String component) {
		this.component = component;
	}

	public String getRemedy() {
		return remedy;
	}

	public void setRemedy(String remedy) {
		this.remedy = remedy;
	}

	public String getSerialFrom() {
		return serialFrom;
	}

	public void setSerialFrom(String serialFrom) {
		this.serialFrom = serialFrom;
	}

	public String getSerialTo() {
		return serialTo;
	}

	public void setSerialTo(String serialTo) {
		this.serialTo = serialTo;
	}

	public LocalDate getManufacturedFrom() {
		return manufacturedFrom;
	}

	public void setManufacturedFrom(LocalDate manufacturedFrom) {
		this.manufacturedFrom = manufacturedFrom;
	}

	public LocalDate getManufacturedTo() {
		return manufacturedTo;
	}

	public void setManufacturedTo(LocalDate manufacturedTo) {
		this.manufacturedTo = manufacturedTo;
	}
}
