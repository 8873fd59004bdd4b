/**
 * The one box's rules, loaded when Customer Search first shows rather than at start-up (the
 * screen calls them once the cashier submits, long after): how what is typed is read, and
 * whether it is (the start of) a postcode of the store's country.
 */
export { isPostcodeOrStart } from '../../shared/country/countries';
export { routeSearch } from '../../shared/domain/search-routing';
