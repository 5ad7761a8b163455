package com.warrantyportal.registration.internal;

import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.unit.Unit;

/** A registration with its unit, the unit's model and the model's manufacturer, as one query reads them. */
public record RegisteredProduct(Registration registration, Unit unit, ProductModel model, Manufacturer manufacturer) {
}
