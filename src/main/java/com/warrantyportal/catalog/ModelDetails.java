package com.warrantyportal.catalog;

import java.time.LocalDate;
import java.util.List;

/** What a model is called and what it is made of, as an administrator enters it. */
public record ModelDetails(ModelNumber number, String name, String category, LocalDate releaseDate,
		String serialLabelHint, List<String> components) {

	public ModelDetails {
		name = name == null ? null : name.strip();
		category = category == null ? null : category.strip();
		serialLabelHint = ManufacturerDetails.blankToNull(serialLabelHint);
		components = components == null ? List.of() : List.copyOf(components);
	}

	@Override
	public String toString() {
		return number + " " + name + ", " + category + (releaseDate == null ? "" : ", released " + releaseDate)
				+ (components.isEmpty() ? "" : ", components " + String.join(", ", components));
	}
}
