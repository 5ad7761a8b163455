package com.warrantyportal.catalog.web;

/** One row of the coverage lines editor: a component with its parts and labour months. Blank rows are ignored. */
public class CoverageRow {

	private String component;

	private Integer partsMonths;

	private Integer labourMonths;

	public CoverageRow() {
	}

	public CoverageRow(String component, Integer partsMonths, Integer labourMonths) {
		this.component = component;
		this.partsMonths = partsMonths;
		this.labourMonths = labourMonths;
	}

	public boolean isBlank() {
		return (component == null || component.isBlank()) && partsMonths == null && labourMonths == null;
	}

	public String getComponent() {
		return component;
	}

	public void setComponent(String component) {
		this.component = component;
	}

	public Integer getPartsMonths() {
		return partsMonths;
	}

	public void setPartsMonths(Integer partsMonths) {
		this.partsMonths = partsMonths;
	}

	public Integer getLabourMonths() {
		return labourMonths;
	}

	public void setLabourMonths(Integer labourMonths) {
		this.labourMonths = labourMonths;
	}
}
