// The calculator page: plain script over the bundled packages (global `khuyencong`), no framework.
(() => {
  const { calc, domain, i18n } = globalThis.khuyencong;
  const $ = (id) => document.getElementById(id);
  const STATUS = { below: 'chưa đạt kế hoạch', met: 'đạt kế hoạch', exceeded: 'vượt kế hoạch' };

  /** Shows a result, or the Vietnamese message of a KhuyenCongError. */
  function show(id, compute) {
    const target = $(id);
    try {
      target.textContent = compute();
      target.className = '';
    } catch (error) {
      target.textContent = domain.isKhuyenCongError(error) ? i18n.messageOf(error) : String(error);
      target.className = 'error';
    }
  }

  /** Reads an amount typed as digits or as printed ("1,36 tỷ đồng"). */
  function amountOf(text) {
    const trimmed = text.trim();
    return /^\d+$/.test(trimmed) ? trimmed : i18n.parseVnd(trimmed).amount;
  }

  function updateWords() {
    const exact = $('words-exact').checked;
    show('words-result', () => i18n.readVnd(amountOf($('words-amount').value), { exact }));
    show('words-formatted', () => i18n.formatVnd(amountOf($('words-amount').value)));
    show('words-auto', () => i18n.formatVnd(amountOf($('words-amount').value), { unit: 'auto' }));
  }

  function updateParse() {
    show('parse-amount', () => i18n.formatVnd(i18n.parseVnd($('parse-text').value).amount));
    show('parse-qualifier', () => {
      const { qualifier } = i18n.parseVnd($('parse-text').value);
      return qualifier === undefined ? '—' : i18n.labelOf('amountQualifier', qualifier);
    });
  }

  function updateAttainment() {
    const achieved = () => i18n.parseVnd($('att-achieved').value);
    const planned = () => amountOf($('att-planned').value);
    show('att-percent', () => {
      const result = calc.attainment(achieved().amount, planned(), { decimals: 2 });
      return `${i18n.formatPercent(result.percent)} (${STATUS[result.status]})`;
    });
    show('att-gap', () =>
      i18n.formatVnd(calc.attainment(achieved().amount, planned()).gap, { unit: 'auto' }),
    );
    show('att-check', () => {
      const reported = i18n.parseNumber($('att-reported').value.replace('%', '').trim());
      const { amount, qualifier } = achieved();
      const options = qualifier === undefined ? {} : { achievedQualifier: qualifier };
      const check = calc.checkReportedPercent(amount, planned(), reported, options);
      const verdict = check.consistent ? 'khớp với số liệu' : 'KHÔNG khớp với số liệu';
      return `${i18n.formatPercent(reported)} ${verdict} (tính được ${i18n.formatPercent(check.computed, { maximumFractionDigits: 3 })})`;
    });
  }

  const ruleSets = calc.BUILT_IN_RULE_SETS;
  function fillRuleSets() {
    for (const ruleSet of ruleSets) {
      const option = new Option(`${ruleSet.name} (${ruleSet.id})`, ruleSet.id);
      $('sup-rule-set').add(option);
    }
    $('sup-rule-set').value = 'tt-28-2018';
    fillActivities();
  }
  function selectedRuleSet() {
    return ruleSets.find((ruleSet) => ruleSet.id === $('sup-rule-set').value);
  }
  function fillActivities() {
    const select = $('sup-activity');
    const previous = select.value || 'machinery';
    select.textContent = '';
    for (const rule of selectedRuleSet().rules) {
      const value = rule.variant === undefined ? rule.activity : `${rule.activity}|${rule.variant}`;
      const label =
        i18n.labelOf('activity', rule.activity) + (rule.variant ? ` (${rule.variant})` : '');
      select.add(new Option(label, value));
    }
    if ([...select.options].some((option) => option.value === previous)) select.value = previous;
  }
  function updateSupport() {
    const compute = () => {
      const [activity, variant] = $('sup-activity').value.split('|');
      const modifiers = $('sup-technology-line').checked ? ['technology-line'] : [];
      return calc.computeSupport({
        ruleSet: selectedRuleSet(),
        activity,
        ...(variant === undefined ? {} : { variant }),
        eligibleCost: amountOf($('sup-cost').value),
        modifiers,
      });
    };
    show('sup-amount', () => i18n.formatVnd(compute().amount));
    show('sup-binding', () => {
      const result = compute();
      return result.binding === 'cap'
        ? 'mức trần tuyệt đối (cap)'
        : result.binding === 'rate'
          ? `tỷ lệ ${i18n.formatPercent(result.maxRatePercent)} chi phí (rate)`
          : 'số đề nghị (requested)';
    });
    show('sup-legal', () => i18n.formatLegalReference(compute().legalReference));
  }

  for (const id of ['words-amount', 'words-exact']) $(id).addEventListener('input', updateWords);
  $('parse-text').addEventListener('input', updateParse);
  for (const id of ['att-achieved', 'att-planned', 'att-reported'])
    $(id).addEventListener('input', updateAttainment);
  $('sup-rule-set').addEventListener('change', () => {
    fillActivities();
    updateSupport();
  });
  for (const id of ['sup-activity', 'sup-cost', 'sup-technology-line']) {
    $(id).addEventListener('input', updateSupport);
    $(id).addEventListener('change', updateSupport);
  }
  fillRuleSets();
  updateWords();
  updateParse();
  updateAttainment();
  updateSupport();
})();
