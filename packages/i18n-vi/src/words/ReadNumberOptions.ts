/**
 * The spelling choices of {@link readNumber} and `readVnd`; every variant is standard somewhere in Vietnam.
 *
 * @category Amounts in words
 */
export interface ReadNumberOptions {
  /** The word for a zero tens digit: `'lẻ'` (default, "một trăm lẻ một") or `'linh'` ("một trăm linh một"). */
  readonly zeroTens?: 'lẻ' | 'linh';
  /** 4 after "mươi": `'tư'` (default, "hai mươi tư") or `'bốn'` ("hai mươi bốn"). 14 is always "mười bốn". */
  readonly four?: 'tư' | 'bốn';
  /** The word for 10^3: `'nghìn'` (default) or `'ngàn'` (southern usage). */
  readonly thousand?: 'nghìn' | 'ngàn';
  /** The word for 10^9: `'tỷ'` (default) or `'tỉ'`. */
  readonly billion?: 'tỷ' | 'tỉ';
  /** The word for the decimal mark: `'phẩy'` (default, as the comma is written) or `'chấm'`. */
  readonly decimalSeparator?: 'phẩy' | 'chấm';
}
