//! Issuers and issue dates: who issued a plan, and when.

use super::*;

#[test]
fn issuers() {
    let rows: &[(&str, &str, &[&[&str]])] = &[
        (
            "subject verb",
            "近日,工信部印发《关于推进制造业数字化转型的实施意见》。",
            &[&["工业和信息化部"]],
        ),
        (
            "subject verb de",
            "杭州市经信局印发的《杭州市人工智能产业发展行动计划》提出,…",
            &[&["杭州市经济和信息化局"]],
        ),
        (
            "joint with deng",
            "2024年3月,为加快发展新质生产力,杭州市经信局、杭州市科技局等共同印发《杭州市具身智能产业培育方案》。",
            &[&["杭州市经济和信息化局", "杭州市科学技术局"]],
        ),
        (
            "huitong",
            "国家发展改革委会同工业和信息化部、财政部联合印发《关于加快推进算力基础设施建设的指导意见》。",
            &[&["国家发展和改革委员会", "工业和信息化部", "财政部"]],
        ),
        (
            "place only",
            "5月31日,杭州印发《杭州市低空经济高质量发展行动方案》。",
            &[&[]],
        ),
        (
            "province place only",
            "浙江省印发了《浙江省数字贸易促进方案》。",
            &[&[]],
        ),
        (
            "two titles one verb",
            "广州市人民政府办公厅印发《广州市数据要素发展若干措施》《广州市算力券管理办法》。",
            &[&["广州市人民政府办公厅"], &["广州市人民政府办公厅"]],
        ),
        (
            "titles joined by he",
            "商务部发布《关于促进服务消费的若干措施》和《关于扩大汽车消费的通知》。",
            &[&["商务部"], &["商务部"]],
        ),
        (
            "a count points back to the list before",
            "3月5日,工业和信息化部、公安部、交通运输部三部门联合召开推进会。会上,三部门发布《关于加快车联网安全建设的通知》。",
            &[&["工业和信息化部", "公安部", "交通运输部"]],
        ),
        (
            "a count with no list of that size",
            "工业和信息化部、公安部两部门联合召开推进会。此前,三部门印发《关于加快车联网安全建设的通知》。",
            &[&[]],
        ),
        (
            "the nearest list of the count",
            "财政部、商务部、交通运输部召开会议。工信部、公安部也派员参加。该两部门随后印发《关于加快车联网安全建设的通知》。",
            &[&["工业和信息化部", "公安部"]],
        ),
        (
            "bare shangshu bumen",
            "财政部、商务部联合召开会议部署工作。上述部门近日印发《关于促进服务消费的若干措施》。",
            &[&["财政部", "商务部"]],
        ),
        (
            "a list with deng counts what it says",
            "工信部、财政部等四部门召开座谈会。会后,四部门联合印发《关于推进制造业数字化转型的实施意见》。",
            &[&["工业和信息化部", "财政部"]],
        ),
        (
            "a list too far back",
            "工信部、公安部召开座谈会。\n会议指出要加快发展。会议强调要守住安全。会议要求压实责任。会议部署了下一步工作。两部门还印发《关于加快车联网安全建设的通知》。",
            &[&[]],
        ),
        (
            "each department is no back-reference",
            "工信部、公安部召开座谈会。各部门印发《关于加快车联网安全建设的通知》。",
            &[&[]],
        ),
        (
            "a congress passes a regulation",
            "去年,杭州市人大常委会通过《杭州市数据资源管理条例》。",
            &[&["杭州市人民代表大会常务委员会"]],
        ),
        (
            "tongguo as by means of a plan",
            "杭州市政府通过《杭州市城市更新行动方案》推动老旧小区改造。",
            &[&[]],
        ),
        (
            "tongguo by a government is no passing",
            "杭州市政府通过《杭州市数据资源管理条例》的实施保障数据安全。",
            &[&[]],
        ),
        (
            "passive",
            "《杭州市数据交易管理暂行办法》由杭州市政府印发。",
            &[&["杭州市人民政府"]],
        ),
        (
            "drafting",
            "浙江省经信厅有关负责人4月2日表示,正在制定《浙江省“人工智能+”行动方案》。",
            &[&[]],
        ),
        (
            "future",
            "工信部将出台《关于推动人形机器人产业发展的指导意见》。",
            &[&[]],
        ),
        (
            "agency inside title only",
            "7月1日,杭州市政府发布《杭州市经信局关于做好算力券申领工作的通知》。",
            &[&["杭州市人民政府"]],
        ),
        (
            "title with no verb",
            "《杭州市智能制造行动计划》已发布。",
            &[&[]],
        ),
        (
            "body in an earlier clause",
            "国家数据局局长在会上表示,《杭州市数据基础设施建设方案》出台后,…",
            &[&[]],
        ),
        (
            "news release is not issuing",
            "杭州市政府官网9月16日发布消息显示,《杭州市低空经济发展规划》已发布。",
            &[&[]],
        ),
        (
            "later mention with issuer",
            "《杭州市未来产业培育方案》备受关注。此前,杭州市科技局印发《杭州市未来产业培育方案》。",
            &[&["杭州市科学技术局"]],
        ),
        (
            // 《培育方案》 is a tail of the known plan's title: the later
            // mention's issuer is the plan's.
            "issuer at a short back-reference",
            "《杭州市未来产业培育方案》备受关注。此前,杭州市科技局印发《培育方案》。",
            &[&["杭州市科学技术局"]],
        ),
        (
            "subject before huitong with a time",
            "国家数据局近日会同工信部、财政部等部门联合印发了《关于推进公共数据开发利用的实施意见》。",
            &[&["国家数据局", "工业和信息化部", "财政部"]],
        ),
        (
            "huitong after an agency in another clause",
            "国家数据局局长表示,工信部会同财政部印发了《关于推进公共数据开发利用的实施意见》。",
            &[&["工业和信息化部", "财政部"]],
        ),
        (
            "coordinated verb carries the subject",
            "商务部会同工信部制定了配套细则,并发布《关于促进汽车消费的若干措施》《关于促进家电消费的若干措施》两份文件。",
            &[&["商务部", "工业和信息化部"], &["商务部", "工业和信息化部"]],
        ),
        (
            "carried over a clause with no body",
            "杭州市政府近日召开常务会议,审议了年度计划,印发《杭州市城市更新行动方案》。",
            &[&["杭州市人民政府"]],
        ),
        (
            "leading body in the clause before huitong",
            "由商务部牵头,会同工信部、财政部等部门联合印发《关于促进汽车消费的若干措施》。",
            &[&["商务部", "工业和信息化部", "财政部"]],
        ),
        (
            "huitong with no leading body",
            "据了解,会同工信部、财政部等部门联合印发《关于促进汽车消费的若干措施》。",
            &[&["工业和信息化部", "财政部"]],
        ),
        (
            "no carry from reported speech",
            "国家数据局局长表示,将加快建设,并发布《关于推进公共数据开发利用的实施意见》。",
            &[&[]],
        ),
        (
            "no carry when the body is not the subject",
            "为落实商务部部署,各地抓紧推进,并发布《关于促进汽车消费的若干措施》。",
            &[&[]],
        ),
        (
            "no carry across sentences",
            "商务部会同工信部召开会议。随后发布《关于促进汽车消费的若干措施》。",
            &[&[]],
        ),
        (
            "mentions unite their issuers",
            "商务部等3部门联合印发《关于促进汽车消费的若干措施》\n近日,商务部、国家发展改革委、财政部等3部门联合印发《关于促进汽车消费的若干措施》。",
            &[&["商务部", "国家发展和改革委员会", "财政部"]],
        ),
        (
            "signed document",
            "《国务院办公厅关于加强数据安全管理的通知》\n各省人民政府:\n现将有关事项通知如下。\n\n国务院办公厅\n2019年1月24日\n(此件公开发布)\n",
            &[&["国务院办公厅"]],
        ),
        (
            "an order issues what it publishes, not the law it cites",
            "杭州市人民政府令\n第118号\n\n《杭州市公共停车场管理办法》已经2023年10月9日市人民政府第40次常务会议审议通过,现予公布,自2024年1月1日起施行。\n\n市长 张某某\n2023年10月20日\n\n杭州市公共停车场管理办法\n\n第一条 为规范停车场管理,根据《中华人民共和国道路交通安全法》,结合本市实际,制定本办法。\n第九条 本办法自2024年1月1日起施行。\n",
            &[&["杭州市人民政府"], &[]],
        ),
        (
            "a ministry order",
            "财政部令\n第99号\n\n《政府采购需求管理办法》已经部务会议审议通过,现公布,自公布之日起施行。\n\n部长 刘某\n2021年4月3日\n",
            &[&["财政部"]],
        ),
        (
            "an order read without line breaks",
            "杭州市人民政府令 第118号 《杭州市公共停车场管理办法》已经市人民政府常务会议审议通过,现予公布。市长 张某某 2023年10月20日",
            &[&["杭州市人民政府"]],
        ),
    ];
    for (name, text, want) in rows {
        let got: Vec<Vec<String>> = extract(text, None).into_iter().map(|p| p.issuers).collect();
        let want: Vec<Vec<String>> = want
            .iter()
            .map(|issuers| issuers.iter().map(|s| (*s).to_owned()).collect())
            .collect();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn issued() {
    let rows: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        (
            "day with reference",
            "5月31日,杭州印发《杭州市低空经济行动方案》。",
            Some("2023-06-08"),
            Some("2023-05-31"),
        ),
        (
            "year month",
            "2025年5月,国家数据局印发的《数字杭州建设2025年行动方案》提出…",
            None,
            Some("2025-05"),
        ),
        (
            "month in clause",
            "商务部3月印发的《关于促进服务消费的若干措施》明确…",
            Some("2025-04-02"),
            Some("2025-03"),
        ),
        (
            "month without reference",
            "商务部3月印发的《关于促进服务消费的若干措施》明确…",
            None,
            None,
        ),
        (
            "vague",
            "工信部近日印发《关于推进制造业数字化转型的实施意见》。",
            Some("2023-06-08"),
            None,
        ),
        (
            "vague after date",
            "2024年,工信部日前印发《关于推进制造业数字化转型的实施意见》。",
            None,
            None,
        ),
        (
            "verb between date and list",
            "2025年3月,杭州发布了两份行动计划,分别是《杭州市人工智能行动计划》和《杭州市机器人行动计划》。",
            None,
            Some("2025-03"),
        ),
        (
            "no verb",
            "2024年,《杭州市人工智能行动计划》提出要加快发展。",
            None,
            None,
        ),
        (
            "deadline is no date",
            "到2025年,工信部印发《关于推进制造业数字化转型的实施意见》。",
            None,
            None,
        ),
        (
            "date inside an earlier title",
            "《杭州市算力行动方案(2023—2025年)》之后,工信部印发《关于推进制造业数字化转型的实施意见》。",
            None,
            None,
        ),
        (
            "other sentence",
            "2024年5月,会议召开。工信部印发《关于推进制造业数字化转型的实施意见》。",
            None,
            None,
        ),
        (
            "date from a later mention",
            "《杭州市城市更新行动方案》引发关注。2024年6月,杭州市政府印发《杭州市城市更新行动方案》。",
            None,
            Some("2024-06"),
        ),
        (
            "signed notice transmits the plan",
            "国务院办公厅关于印发《数据要素流通行动方案》的通知\n各省人民政府:\n《数据要素流通行动方案》已经国务院同意,现印发给你们,请认真贯彻执行。\n\n国务院办公厅\n2024年5月6日\n(此件公开发布)\n",
            None,
            Some("2024-05-06"),
        ),
        (
            "transmitted plan without marks in the headline",
            "杭州市人民政府办公厅关于印发杭州市城市更新行动方案的通知\n各区人民政府:\n《杭州市城市更新行动方案》已经市政府同意,现印发给你们。\n\n杭州市人民政府办公厅\n2024年3月2日\n",
            None,
            Some("2024-03-02"),
        ),
        (
            "a law cited in a signed document keeps no date",
            "杭州市人民政府办公厅关于印发杭州市城市更新行动方案的通知\n各区人民政府:\n现将有关事项通知如下。\n\n一、依据\n落实《中华人民共和国城乡规划法》,加快更新。\n\n杭州市人民政府办公厅\n2024年3月2日\n",
            None,
            None,
        ),
        (
            "an order is issued when signed, not when it takes effect",
            "杭州市人民政府令\n第118号\n\n《杭州市公共停车场管理办法》已经2023年10月9日市人民政府第40次常务会议审议通过,现予公布,自2024年1月1日起施行。\n\n市长 张某某\n2023年10月20日\n\n杭州市公共停车场管理办法\n\n第一条 为规范停车场管理,根据《中华人民共和国道路交通安全法》,结合本市实际,制定本办法。\n第九条 本办法自2024年1月1日起施行。\n",
            None,
            Some("2023-10-20"),
        ),
        (
            "a law cited before the plan an order publishes keeps no date",
            "杭州市人民政府令\n第118号\n\n根据《中华人民共和国道路交通安全法》等法律法规,《杭州市公共停车场管理办法》已经2023年10月9日市人民政府第40次常务会议审议通过,现予公布。\n\n市长 张某某\n2023年10月20日\n",
            None,
            None,
        ),
        (
            "an order's long passage in Chinese numerals still publishes",
            "杭州市人民政府令\n第一百一十八号\n\n《杭州市公共停车场管理办法》已经二〇二三年十二月二十九日杭州市第十四届人民政府第四十次常务会议、第四十一次常务会议审议通过并修订,现予公布。\n\n市长 张某某\n二〇二三年十月二十日\n",
            None,
            Some("2023-10-20"),
        ),
        (
            "a ministry order's date",
            "财政部令\n第99号\n\n《政府采购需求管理办法》已经部务会议审议通过,现公布,自公布之日起施行。\n\n部长 刘某\n2021年4月3日\n",
            None,
            Some("2021-04-03"),
        ),
        (
            "last year, passed by a congress",
            "去年,杭州市人大常委会通过《杭州市数据资源管理条例》。",
            Some("2025-01-06"),
            Some("2024"),
        ),
        (
            "last year with a month",
            "去年11月,商务部发布《关于促进服务消费的若干措施》。",
            Some("2025-01-06"),
            Some("2024-11"),
        ),
        (
            "the year before last",
            "前年,商务部发布《关于促进服务消费的若干措施》。",
            Some("2025-01-06"),
            Some("2023"),
        ),
        (
            "last year without a reference",
            "去年,商务部发布《关于促进服务消费的若干措施》。",
            None,
            None,
        ),
        (
            "by means of a regulation gives no date",
            "去年,杭州市政府通过《杭州市数据资源管理条例》的实施保障数据安全。",
            Some("2025-01-06"),
            None,
        ),
        (
            "this year",
            "今年4月,商务部发布《关于促进服务消费的若干措施》。",
            Some("2024-09-19"),
            Some("2024-04"),
        ),
    ];
    for (name, text, reference, want) in rows {
        let plans = extract(text, *reference);
        let got = plans.first().and_then(|p| p.issued).map(|d| d.to_string());
        assert_eq!(got.as_deref(), *want, "{name}");
    }
}

/// A notice transmitting a plan signs a few lines below it: a signature
/// far after the title signs another document of the text.
#[test]
fn a_transmitted_plan_is_signed_by_the_notice_below_it() {
    let notice = "各区、县(市)人民政府,市政府各部门:\n\
        《杭州市数据要素发展规划》已经市政府同意,现印发给你们,请认真贯彻执行。\n";
    let signature = "\n杭州市人民政府办公厅\n2021年9月2日\n";
    let filler = "本市持续推进各项工作,各区县按照统一部署抓好落实。\n".repeat(60);
    let rows: &[(&str, String, &[&str], Option<&str>)] = &[
        (
            "signed below",
            format!("{notice}{signature}"),
            &["杭州市人民政府办公厅"],
            Some("2021-09-02"),
        ),
        (
            "signed pages later",
            format!("{notice}{filler}{signature}"),
            &[],
            None,
        ),
    ];
    for (name, text, issuers, issued) in rows {
        let plans = extract(text, None);
        let plan = plans.first().unwrap_or_else(|| panic!("{name}: no plan"));
        assert_eq!(plan.issuers, *issuers, "{name}: issuers");
        assert_eq!(
            plan.issued,
            issued.map(|d| d.parse().expect("test date")),
            "{name}: issued"
        );
    }
}
