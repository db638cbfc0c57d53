package org.newskg.extractor.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PostRolesTest {

    private final PostRoles roles = PostRoles.standard();

    @Test
    void theRoleIsTheLongestHeadTheTitleEndsIn() {
        assertEquals("书记", roles.roleOf("内蒙古自治区党委书记"));
        assertEquals("副书记", roles.roleOf("内蒙古自治区党委副书记"));
        assertEquals("党组书记", roles.roleOf("呼和浩特市区域经济合作局党组书记"));
        assertEquals("主席", roles.roleOf("内蒙古自治区主席"));
        assertEquals("副主任", roles.roleOf("和林格尔新区管理委员会副主任"));
        assertEquals("局长", roles.roleOf("呼和浩特市行政审批和政务服务局局长"));
        assertEquals("记者", roles.roleOf("内蒙古日报记者"));
    }

    @Test
    void aTitleEndingInNoKnownHeadHasNoRole() {
        assertNull(roles.roleOf("内蒙古自治区人民政府"));
    }
}
