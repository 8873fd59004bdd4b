/** Namespace URIs the simulator speaks (its own copy: the simulator shares no code with the app). */
export const CORE = 'http://www.enactor.com/core';
export const RETAIL = 'http://www.enactor.com/retail';
export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
export const XSD = 'http://www.w3.org/2001/XMLSchema';
export const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
